if a[b]:
    class K1:
        attr = y.m(10, k=[2.5, x])
        def meth(self):
            def k(*args, c):
                a = ({(1, 2): b} + x)
else:
    assert {(-1 or None): y}, (f(c, 10) < {b: a} <= (x < x <= x))
    f((not f(c, ())))
with (c < {y: x} <= ()) as y:
    def h(a):
        yield ([None, y] is not (y != y))
        try:
            return c
            x = (not [x for x in (a if () else b) if (-y)])
            a = ({{b: y}: 2} and ((a if x else a) < () <= y))
        except:
            a = (x in (2 < b))
    for x in ((-a) if x else ()):
        del a
        a, c = (b != b), (-x)
    assert (c if 2.5 else x), [(y < x <= 1), a]
pass
assert (not y), [c for y in a if 2.5]
