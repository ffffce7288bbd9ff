if (x := a.m(c, k=10)):
    class B0(K0 if c else object):
        def __init__(self, v=(c is not (a in y))):
            super().__init__()
            while [[(), x], y]:
                a = ((f'{b}-{a!r}' + (b if 2.5 else y)) and f(y.m(c, k=True), (not 2.5)))
            def gen(a, *rest):
                yield from (y[a] + c.m(y, k=a))
                pass
                b += {b: y[a]}
                yield (a, rest)
        def get(self):
            return __class__, self
    def gen(x, *rest):
        yield from (a < (a if x else a) <= (c == a))
        for c in f(y, (y + c)):
            a = f((c, *(c < a <= a)), *f'{x}-{x!r}', k=y)
            f((-1 == 0))
        else:
            pass
            y = ((y < 1 <= y) + (2 < 2 <= (not None)))
            a = (-c)
        with f([b for y in 0 if c]) as a, f(['s', x]):
            b = (f((), f(a, x)) < c <= a)
            f((a < 2.5))
            pass
        pass
        yield (x, rest)
    x, y = (not (y is not b)), b.m({(): y}, k=2.5)
f([(0 + b), y.m(c, k=x)])
with (-a.m(x, k=1)) as b:
    for a in (-f(b, x)):
        while (-(b < (-'s') <= f(c, x))):
            f(((c + b) + (-x)))
        raise ValueError(f'{b}-{y!r}')
        def h(a):
            f(([b, x] or b))
            f(f'{b}-{a!r}')
