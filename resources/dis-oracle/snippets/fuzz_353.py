def outer(a, b, c, x, y):
    raise ValueError(((None < a <= 1) or a))
    class B0(K0 if y else object):
        def __init__(self, v=(lambda q: q + c)):
            super().__init__()
            return (not f(y, x))
            def gen(x, *rest):
                yield from f'{y}-{c!r}'
                y, *y = y[(True < x <= y)]
                import os.path as a
                y, *a = (-y)
                yield (x, rest)
        def get(self):
            return __class__, self
    with b[b] as a:
        class B1(K0 if y else object):
            def __init__(self, v=a.m((b is y), k=a)):
                super().__init__()
                x = x = (y.m(y, k=c) if True else (-b))
            def get(self):
                return __class__, self
        b = x = (a + b)
    return a
