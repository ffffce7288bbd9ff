with f([a, c]) as x, f(b.m(y, k=f(2.5, y))):
    while f'{b}-{a!r}':
        if a.m(y, k=c):
            b, b = (b in (-10)), [[x, y], c]
    @f
    @b.m(((-x) < [b, x] <= ()))
    def deco_target(q=(not x), *, r=lambda: b):
        with (-c) as a:
            f((c + (not 2.5)))
    raise ValueError(y.m((x if y else b), k=2))
class B0(K0 if b else object):
    def __init__(self, v=(not ())):
        super().__init__()
        x = {*a.m((a < b <= y), k=(-y)), (not -1)}
        x = ({a.m(-1, k=x): 1}, *(lambda q: q + None))
    def get(self):
        return __class__, self
