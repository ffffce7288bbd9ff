def outer(a, b, c, x, y):
    @f
    @a.m({(x if b else c): b})
    def deco_target(q=c[f'{a}-{x!r}'], *, r=lambda: a):
        while (lambda q: q + ((-c) and f'{c}-{x!r}')):
            try:
                f(((1, 2) < y <= y))
                f((lambda q: q + [y, b]))
                continue
            finally:
                c = (not x)
                continue
        f(f((None is not b), 0))
        try:
            with f((not a)) as b, f(((x < -1 <= 10) + (not c))):
                f(f'{c}-{a!r}')
        finally:
            import os.path as y
            import os.path as y
    del b
    del x
    return a
