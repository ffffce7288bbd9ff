if (lambda q: q + c.m((1, 2), k=10)):
    c = f'{x}-{x!r}'
    @f
    @y.m(y.m(b, k=(b and 2)))
    def deco_target(q=(not y), *, r=lambda: y):
        return f'{a}-{b!r}'
    del c
a = [y for x in x if -1]
x += (x or x)
class B1(K0 if a else object):
    def __init__(self, v=x[c]):
        super().__init__()
        for y in (None and y):
            try:
                b += (not (2.5 in 2))
            except:
                return [c for c in (-c) if y[c]]
                f(b[c:b])
        else:
            class B0(K0 if x else object):
                def __init__(self, v=((-y) if [y for x in () if c] else -1)):
                    super().__init__()
                    x += (lambda q: q + [b, ()])
                    x += (-y)
                    a = c[(-(0 if x else a)):x[x]]
                def get(self):
                    return __class__, self
    def get(self):
        return __class__, self
