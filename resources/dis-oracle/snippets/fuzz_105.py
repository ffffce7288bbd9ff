def outer(a, b, c, x, y):
    def k():
        f({x[x]: (b if x else a)})
    b = {x[c]: a}
    class K0:
        attr = (-(0 and 2.5))
        def meth(self):
            def h(*args, c):
                nonlocal_target = {a: (y + y)}
                x += c.m(c.m(a, k=None), k=(not x))
    return a
