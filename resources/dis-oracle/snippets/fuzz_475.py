def outer(a, b, c, x, y):
    x = b = [y for b in c.m(c, k=b) if (x and (1, 2))]
    f((not (lambda q: q + a)))
    try:
        def g(a):
            y = {*(y.m(2.5, k=y) or b), f'{a:>{[a for a in a if x]}}'}
            y = ((2.5 and 0), *a.m(f'{b}-{a!r}', k=x))
        class B1(K0 if y else object):
            def __init__(self, v=[c for a in b if a]):
                super().__init__()
                class B0(K0 if c else object):
                    def __init__(self, v=b[2]):
                        super().__init__()
                        c = f'{x}-{c!r}'
                        pass
                    def get(self):
                        return __class__, self
                with f(f'{c}-{c!r}') as a, f([b[2.5], c]):
                    return ([a for b in a if b] + [a, a])
                    a = (-1 if [x, c] else f(0, ((1, 2) + b)))
                    f((-1 < 1 <= c))
                def inner():
                    nonlocal a
                    a = (x := (b == 2.5))
                    return a
            def get(self):
                return __class__, self
    finally:
        if (b := ([b, b] or (-1))):
            pass
    try:
        @f
        @x.m((a := (x + x)))
        def deco_target(q=[(), 's'], *, r=lambda: x):
            with f'{x}-{x!r}' as x:
                pass
                f(((-c) if (-a) else (b < b <= 's')))
                pass
            with f([x for c in {x: 1} if f(a, c)]) as x, f((y + 's')):
                pass
                a = (-c)
            class B1(K0 if c else object):
                def __init__(self, v=b[a]):
                    super().__init__()
                    b += [(lambda q: q + 's'), (not y)]
                    f((b + y))
                def get(self):
                    return __class__, self
        f((lambda q: q + x[b]))
        if (b := {x: (c < x <= b)}):
            c = {*(lambda q: q + {x: b}), [a.m(a, k=2), c]}
            c = ((2.5 or ()), *(0 and c))
            x = {**{y: (a if c else 2.5)}, 'k': (b + y), **{}}
            x = [*b.m(f'{c}-{y!r}', k=y), (not a), *()]
    finally:
        f(((y < x <= b) or None))
        c, x = ({b: x} if x else 1), (b and [b for b in b if x])
    return a
