for y in [a for a in () if ()]:
    class B1(K0 if a else object):
        def __init__(self, v=(x if c else y[2.5])):
            super().__init__()
            y = {*(not c), ((x < a <= x) != c)}
            y = (b.m(1, k=f'{x}-{c!r}'), *(-a))
            a = a = ((b < y), *(not y))
        def get(self):
            return __class__, self
x = {*(lambda q: q + (c if c else 2)), (x if 0 else f'{y}-{a!r}')}
x = ((a.m(a, k=a) if x[y] else (not b)), *(y[c] < (c < -1 <= 's') <= f'{c}-{y!r}'))
del b
class B0(K0 if c else object):
    def __init__(self, v=('s' if [c for y in b if a] else (b and x))):
        super().__init__()
        x = y = [c for y in (c < c <= b) if f'{b}-{x!r}']
    def get(self):
        return __class__, self
