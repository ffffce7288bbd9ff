def outer(a, b, c, x, y):
    del y
    pass
    a, *c = [True, y]
    for b in [x for b in (not 's') if 2.5]:
        def gen(c, *rest):
            yield from b.m([c, y], k=b)
            try:
                y = (x if f(x, (not y)) else 2)
                f(f'{a}-{x!r}')
            finally:
                f(((-x) and [y for b in 's' if b]))
            yield (c, rest)
        import os.path as b
        c = {**((y + a) + x), 'k': (lambda q: q + (lambda q: q + x)), **{}}
        c = [*((y or c) if (a is c) else x), [a, 10], *()]
    return a
