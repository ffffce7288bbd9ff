def outer(a, b, c, x, y):
    y = f'{y}-{a!r}'
    b += a['s']
    def h(a, b=1):
        b = f(c, y)
        if (not (2.5 + y[2])):
            class K0:
                attr = f'{a}-{x!r}'
                def meth(self):
                    pass
                    b = (c < (-y) <= a)
            pass
            pass
    assert [a, 's'], c[y]
    return a
