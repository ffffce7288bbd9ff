def outer(a, b, c, x, y):
    class K1:
        attr = (lambda q: q + 2)
        def meth(self):
            def h(x, /, y=2, **kw):
                while (x[(not b):2.5] and (0 if f'{a}-{x!r}' else (x if 0 else 2.5))):
                    a += ('s' if (not (1, 2)) else a.m(a, k=c))
                    continue
                    f((-(c + c)))
            while (a and ()):
                x = (lambda q: q + (x if f'{b}-{a!r}' else y))
            c += (x + -1)
    def g(a, b=1):
        nonlocal_target = x.m([b, b], k=-1)
        if (c := f'{y}-{x!r}'):
            b = {*((() < c <= 2.5) or 2.5), ((1, 2) if (-x) else 2.5)}
            b = ((x + f(None, b)), *(c if None else f(x, 2)))
            try:
                return [f(10, c), [y for x in () if 1]]
                pass
            finally:
                y += (x in c)
                pass
                pass
    c, x = (x.m(x, k=y) + c), f([x for a in a if c], (a < x <= ()))
    return a
