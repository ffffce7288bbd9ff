def outer(a, b, c, x, y):
    while (b + 's'):
        a.attr += ([y for y in y if 0] == c)
        a[{c: [y, x]}] -= 1
        class B0(K0 if b else object):
            def __init__(self, v=b.m((-0), k=x)):
                super().__init__()
                a += (x if b else (not b))
            def get(self):
                return __class__, self
    y = a = [(c if b else b), 1]
    a += (a < 2 <= x[x])
    return a
