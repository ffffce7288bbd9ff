with {(b + c): x} as c:
    pass
    class K1:
        attr = (c + c)
        def meth(self):
            f(x.m(True, k=(--1)))
            with (x.m(2, k=a) < c <= {a: x}) as a:
                f([x for a in c if c])
                y += b.m((x is x), k=c)
                f(a.m(10, k=(a if y else True)))
            y = [a for a in c if ()]
    assert [c, a], {2: x}
del a
