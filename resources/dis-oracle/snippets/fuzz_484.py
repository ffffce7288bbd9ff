class B1(K0 if b else object):
    def __init__(self, v={a: (not y)}):
        super().__init__()
        while b[(1, 2)]:
            raise ValueError(f(*x, **x))
            f((not None))
            class K0:
                attr = f'{c}-{x!r}'
                def meth(self):
                    return [y for c in (-y) if b]
        def g():
            class K1:
                attr = (lambda q: q + a)
                def meth(self):
                    pass
                    return [b for y in b if f'{a}-{a!r}']
    def get(self):
        return __class__, self
with {b for b in y if b} as b:
    while ((not b) + c):
        class B0(K0 if x else object):
            def __init__(self, v=(y + [a, c])):
                super().__init__()
                pass
                c = a.m(a, k=b)
                y += (f'{a}-{c!r}' < (a < 1 <= 0) <= y)
            def get(self):
                return __class__, self
        while ((f'{c}-{y!r}' < (lambda q: q + x) <= f'{b}-{c!r}') if y else x):
            f(f(f(b, x), *2, k=a))
    a = (y != [c, c])
    with ((() and y) and b) as a:
        y = {**(-c), 'k': f'{c}-{a!r}', **{}}
        y = [*f'{b}-{c!r}', ((1, 2) if c else 2), *()]
