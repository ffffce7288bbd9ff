for a in (lambda q: q + (1, 2)):
    class B0(K0 if a else object):
        def __init__(self, v=f'{a}-{c!r}'):
            super().__init__()
            @f
            @a.m((2 is a))
            def deco_target(q=(-(-y)), *, r=lambda: a):
                x += {[c, a]: [None, x]}
                b = f'{y}-{x!r}'
                x += f((-10), 10)
            f([b for b in 1 if (lambda q: q + 0)])
            if {f'{x}-{c!r}': (-10)}:
                return (lambda q: q + x.m(10, k=b))
                pass
                y = [y, (a + (-b))]
        def get(self):
            return __class__, self
    break
    try:
        with f((lambda q: q + x)) as b, f((-f(y, None))):
            y, a = [x, (b or y)], f(y, -1)
    finally:
        def gen(b, *rest):
            yield from [b for c in a if c]
            x = (-x)
            yield (b, rest)
        try:
            y += {1: (b is not a)}
        finally:
            c, x = {[y, b]: (1 is not 1)}, [b for x in (not y) if x]
            a = [a, y]
        def gen(y, *rest):
            yield from [b for b in -1 if (-x)]
            f(c.m((not x), k=(-a)))
            return b.m(c, k=c)
            f((-(c in y)))
            yield (y, rest)
y.attr += (c + [x for x in y if b])
y[a.m((-c), k=f(b, a))] -= 1
x, *x = (not a.m(a, k=c))
a = x = f'{y}-{x!r}'
b = {**((lambda q: q + b) if 2.5 else (a + a)), 'k': [f'{y}-{b!r}', [c, y]], **{}}
b = [*[f(y, a), c], (y < () <= (lambda q: q + a)), *()]
