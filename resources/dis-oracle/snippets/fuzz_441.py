def outer(a, b, c, x, y):
    def gen(y, *rest):
        yield from a[f'{b}-{a!r}']
        b += (not (x if c else y))
        yield (y, rest)
    @f
    @x.m((10, *y))
    def deco_target(q=(not (1, 2)), *, r=lambda: x):
        import os.path as b
        import os.path as x
    return a
