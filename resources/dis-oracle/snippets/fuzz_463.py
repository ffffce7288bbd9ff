def outer(a, b, c, x, y):
    class B0(K0 if y else object):
        def __init__(self, v=(lambda q: q + b)):
            super().__init__()
            del x
        def get(self):
            return __class__, self
    pass
    x, *a = (c != (1, 2))
    del y
    return a
