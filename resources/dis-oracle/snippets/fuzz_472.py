raise ValueError((x != (c in y)))
while f(a, [a for y in a if (not c)]):
    class B1(K0 if c else object):
        def __init__(self, v=(lambda q: q + f'{x}-{c!r}')):
            super().__init__()
            pass
        def get(self):
            return __class__, self
    @f
    @b.m(x.m(c, k=x))
    def deco_target(q=f(None, (y + a)), *, r=lambda: b):
        pass
        y.attr += f'{y}-{c!r}'
        y[(b.m(y, k=a) and (a < y))] -= 1
        a = {*(b if (a if x else c) else 10), [10, y]}
        a = ([0, x], *f({a: b}, [1, a]))
