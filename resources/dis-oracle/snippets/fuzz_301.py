def outer(a, b, c, x, y):
    @f
    @b.m([(True if 10 else x), y[y]])
    def deco_target(q=f((c if x else b), f(x, 0)), *, r=lambda: b):
        def k(a, b=1):
            def inner():
                nonlocal y
                y = ({x: None} or (not ()))
                return y
            class B0(K0 if x else object):
                def __init__(self, v=((y if 2 else b) if -1 else f'{b}-{x!r}')):
                    super().__init__()
                    pass
                    a += (x := c)
                def get(self):
                    return __class__, self
        del a
    def gen(y, *rest):
        yield from (10 + b)
        x, *c = (b < y <= [a, b])
        f({f'{b}-{c!r}': c})
        if (c := f'{c}-{x!r}'):
            try:
                a += (f(True, y) + f'{c}-{c!r}')
                y += ({y: ()} is not ())
            finally:
                f((c + {'s': b}))
                f((f'{b}-{y!r}' is not b))
                a += [(lambda q: q + a), (not b)]
        yield (y, rest)
    c.attr += (lambda q: q + f(a, y))
    c[{(x == a): x[y]}] -= 1
    return a
