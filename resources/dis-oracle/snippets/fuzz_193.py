def outer(a, b, c, x, y):
    def h(x, /, y=2, **kw):
        return f((2 if c else a), (1, 2))
        with [c for x in 10 if 's'] as b:
            pass
    f(a[None:(a or b)])
    c = (-((c and x) if 10 else 1))
    y = y = f(x, b)
    for y in [c, x]:
        f((--1))
    return a
