def outer(a, b, c, x, y):
    if ((True if b else (lambda q: q + x)) and (not c)):
        if (y := [x for x in f(y, 0) if -1]):
            with [c, (lambda q: q + a)] as c:
                x = (f'{c}-{b!r}' < b <= (True and {-1: y}))
                a = (y[(b < y <= b)] is not a)
            with f((-2.5)) as a, f((y and a)):
                f(f(*[2, x], **b))
                x, x = ((not y) or (-c)), [b for b in (c < x <= b) if (b < y <= b)]
                c = (2.5 if None else ((y == x) if f'{a}-{c!r}' else -1))
        with f(f(y, x)) as y, f((lambda q: q + y)):
            y.attr += [y for y in x if x]
            y[f'{y}-{c!r}'] -= 1
        class B0(K0 if y else object):
            def __init__(self, v=(a + a)):
                super().__init__()
                pass
                @f
                @c.m(f'{c}-{a!r}')
                def deco_target(q=(not b[x]), *, r=lambda: c):
                    pass
                    x += [x for b in x[c] if (not c)]
            def get(self):
                return __class__, self
    c = {**{b: c}, 'k': (f(b, y) != c[y]), **{}}
    c = [*(10 is y), f(b, 10), *()]
    return a
