def outer(a, b, c, x, y):
    while x[(b and c)]:
        class K2:
            attr = (y < x <= x)
            def meth(self):
                c = (not c)
                if ({x: 2.5} is b):
                    c = c.m(((lambda q: q + a) or y.m(c, k=c)), k=(1, 2))
                del x
    pass
    c, y = f(a, 0), (not (a < c <= a))
    assert y[y.m('s', k=-1)], (a + y)
    return a
