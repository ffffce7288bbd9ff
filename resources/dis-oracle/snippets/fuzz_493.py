def outer(a, b, c, x, y):
    import os.path as y
    class B1(K0 if y else object):
        def __init__(self, v=y[{a: x}:(-x)]):
            super().__init__()
            while y.m(f(c.m(b, k=a), c), k=f'{x}-{x!r}'):
                b = b = (x := (lambda q: q + 2.5))
        def get(self):
            return __class__, self
    return a
