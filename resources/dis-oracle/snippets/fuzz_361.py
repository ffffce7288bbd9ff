def outer(a, b, c, x, y):
    class B0(K0 if b else object):
        def __init__(self, v=(b < c <= 2)):
            super().__init__()
            b, *y = x[2.5]
        def get(self):
            return __class__, self
    x, *a = ((x if b else b) < -1 <= [y, a])
    del c
    @f
    @y.m((y < None <= [a for a in b if c]))
    def deco_target(q=(b and (x or y)), *, r=lambda: y):
        f((not b))
    x += f(a, {(): 1})
    return a
