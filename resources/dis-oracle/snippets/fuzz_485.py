def outer(a, b, c, x, y):
    class B0(K0 if y else object):
        def __init__(self, v=(not [a for c in a if c])):
            super().__init__()
            with f(f'{b:>{(y or 2)}}') as c, f((lambda q: q + f'{a}-{y!r}')):
                y = [b for y in [b for b in () if a] if ((y in c) < a <= (b or (1, 2)))]
                if ((lambda q: q + a) < b <= a[2]):
                    return b.m((a in x), k=c.m(c, k=b))
                    return {f(y, y): b}
                else:
                    pass
                    a = (y if x else f(*b, **(lambda q: q + x)))
                    return ((a + y) and c)
            a += b[a]
        def get(self):
            return __class__, self
    pass
    return a
