def outer(a, b, c, x, y):
    raise ValueError(c[True])
    with [(1, 2), y] as c:
        assert (not 's'), (not c)
        for a in a.m(f'{b}-{y!r}', k=b):
            class K2:
                attr = b.m((0 in x), k=x)
                def meth(self):
                    f((1 < b))
            x, *y = ([x for x in b if a] < c <= a.m(c, k=a))
            c = y = (lambda q: q + x)
        else:
            def h(x, /, y=2, **kw):
                pass
    return a
