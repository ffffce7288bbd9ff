with f(b[(lambda q: q + c)]) as c, f((-(y < y <= 2.5))):
    @f
    @x.m((not {b: x}))
    def deco_target(q=f'{x}-{b!r}', *, r=lambda: x):
        def k(*args, c):
            c = f'{y}-{y!r}'
            f(((2.5 or y) == 0))
        return (a < c <= b)
        a, *b = (2 is not (b + c))
    with f(*-1, **10) as c:
        for c in [a for b in a if a]:
            x += (not 2.5)
            y, x = x.m(b, k=a), (not b)
            y = {(None == (b is not -1)): (not -1)}
        else:
            a, b = [x, (b if b else a)], ('s' < 1 <= [a for a in y if a])
            c += y.m(2, k=(not a))
        with f(b.m(a, k=a)) as y, f((not (None and None))):
            a = (c if 2.5 else None)
            pass
        f((True < b <= y))
    with (b < f(y, b) <= [a, a]) as x:
        pass
        @f
        @b.m((-1 + b))
        def deco_target(q=(lambda q: q + a), *, r=lambda: b):
            a += y[c[None]]
            b += (lambda q: q + (c is not x))
            f(f'{y}-{b!r}')
with f((a if () else (lambda q: q + b))) as c, f(y[::a]):
    def gen(b, *rest):
        yield from (y < () <= x)
        pass
        yield (b, rest)
    def h(a, b=1):
        try:
            y = f([c for y in (a if a else y) if x], (lambda q: q + a))
            f((1 or 0))
            f((lambda q: q + c))
        finally:
            pass
            return (-(not b))
            return (not x)
    y = {*(c in 2.5), (lambda q: q + c)}
    y = ([a[x], a[(1, 2)]], *(x + (-c)))
