def outer(a, b, c, x, y):
    if (2 + (not b)):
        with f([y for a in b if f(c, 's')]) as a, f(f'{y}-{b!r}'):
            f(((lambda q: q + c) != x))
            def h(x, /, y=2, **kw):
                return (c if (b != y) else y)
                return (b is c)
            f(b[y])
        def gen(a, *rest):
            yield from (c + b.m(y, k=a))
            class B0(K0 if a else object):
                def __init__(self, v=a.m(x[x], k=f'{x}-{c!r}')):
                    super().__init__()
                    x += (-(a + c))
                    b = (not 1)
                    pass
                def get(self):
                    return __class__, self
            def k(x, /, y=2, **kw):
                y += f(y, x)
                y += (-1 and c)
            for a in [x, f(c, c)]:
                b = [x for c in ((not y) + 2.5) if (c + f'{b}-{a!r}')]
                b = (c + 2.5)
            yield (a, rest)
    def gen(a, *rest):
        yield from [b for x in 0 if b.m(b, k=b)]
        y.attr += a.m(b, k='s')
        y[(True + (x < 2.5 <= b))] -= 1
        y = {**[c for b in b if -1], 'k': (not b), **{}}
        y = [*(-(a is not 2)), ((b if None else ()) and (b if b else c)), *()]
        yield (a, rest)
    @f
    @x.m((y or (lambda q: q + b)))
    def deco_target(q=((not b) < (-y) <= (not c)), *, r=lambda: x):
        y, *a = (y < c)
    def gen(y, *rest):
        yield from x[a]
        a = b = (not (c + y))
        with f(f'{b}-{a!r}') as c, f(f'{b}-{b!r}'):
            if (x := {-1: 2.5}):
                f((y + a))
                b += (-y)
                a = {None: b.m(a, k=(-y))}
            yield (f(y, 10) < 2)
        b += (lambda q: q + [b, x])
        yield (y, rest)
    return a
