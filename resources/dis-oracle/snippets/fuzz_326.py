b = {y: b}
if (y := x.m((-a), k=a)):
    @f
    @a.m((-f'{x}-{c!r}'))
    def deco_target(q=(not (a < a <= a)), *, r=lambda: a):
        class B1(K0 if x else object):
            def __init__(self, v={a for a in x if a}):
                super().__init__()
                c += (b + (not x))
            def get(self):
                return __class__, self
    if ((lambda q: q + (x < 's' <= c)) if c else 2):
        def gen(b, *rest):
            yield from ({y: (1, 2)} in 2)
            a = f'{b}-{b!r}'
            c = [10, a]
            return [b for y in (c < x <= b) if (a if a else a)]
            yield (b, rest)
    def gen(a, *rest):
        yield from (lambda q: q + x)
        @f
        @y.m((not [b for a in b if y]))
        def deco_target(q=[a, x], *, r=lambda: y):
            b += (not y)
            c = (lambda q: q + c)
            f((-c))
        yield (a, rest)
