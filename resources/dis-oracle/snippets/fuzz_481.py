def outer(a, b, c, x, y):
    pass
    import os.path as a
    @f
    @c.m((-y[b]))
    def deco_target(q=f(2, a), *, r=lambda: c):
        try:
            del a
            f([b for c in None if (x < y <= 10)])
        except ValueError as err:
            y.attr += ['s', [b for y in 2 if c]]
            y[('s' < (c + 's') <= a.m(True, k=a))] -= 1
        del a
    return a
