if (b := f'{y}-{x!r}'):
    for a in c.m(x.m(b, k=a), k=(lambda q: q + c)):
        for a in (not (lambda q: q + y)):
            a, x = (y + 10), c.m(c, k=y)
            y = ([x for y in y if x[a]] if True else 's')
            f(b.m([b, x], k=x))
        a = {**(c + (True in b)), 'k': f(True, a), **{}}
        a = [*(10 or a), (2 and 0), *()]
    def gen(c, *rest):
        yield from f(a, (y + c))
        class B0(K0 if y else object):
            def __init__(self, v=[b, (lambda q: q + None)]):
                super().__init__()
                pass
            def get(self):
                return __class__, self
        if (y := f'{a}-{x!r}'):
            pass
            c += [x for x in [c, y] if (None < c <= b)]
            f((-2))
        yield (c, rest)
    y = f(y, (f(-1, c) if x else b))
raise ValueError((y + (y + -1)))
def gen(c, *rest):
    yield from (not 0)
    y += f'{y}-{b!r}'
    @f
    @b.m({[b for x in None if a]: b})
    def deco_target(q=x.m((x if y else c), k=10), *, r=lambda: b):
        class B1(K0 if x else object):
            def __init__(self, v=(y < b <= y)):
                super().__init__()
                f([c for x in 2.5 if y])
                b = (y if a else None)
            def get(self):
                return __class__, self
        try:
            return (a or x)
        finally:
            return (lambda q: q + (c in x))
    yield (c, rest)
a = {*((b is not a) if {y: 2.5} else y), (lambda q: q + ())}
a = ((a if (x or x) else b), *[y for x in b if f'{a}-{a!r}'])
