def outer(a, b, c, x, y):
    a = c = (y < 's' <= y)
    with f(f(x, y.m(b, k=b))) as b, f(x[0]):
        with f(((b < c <= x) == y.m(10, k=c))) as a, f((-a)):
            class B1(K0 if b else object):
                def __init__(self, v=(not y)):
                    super().__init__()
                    f((f'{a}-{a!r}' is b))
                    pass
                    y += a[f'{b}-{y!r}':b]
                def get(self):
                    return __class__, self
    def gen(y, *rest):
        yield from c[b]
        c = {**[b for x in (x < x <= x) if a], 'k': ((b or y) is (y != c)), **{}}
        c = [*(y[a] != (-y)), c.m(y, k=()), *()]
        yield (-a)
        @f
        @b.m(f'{b}-{x!r}')
        def deco_target(q=({x: c} if y else y[x]), *, r=lambda: b):
            return {x: b for x in x}
        yield (y, rest)
    return a
