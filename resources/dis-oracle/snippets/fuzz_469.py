def outer(a, b, c, x, y):
    def g(*args, c):
        @f
        @y.m((not a))
        def deco_target(q=(b.m(a, k=y) < c.m(None, k=a) <= (c in y)), *, r=lambda: y):
            with (x if a else a) as c:
                pass
            if (y := (y + (-y))):
                pass
                return (a[x] + x)
        raise ValueError((a.m((), k=()) and a))
    if {f'{c}-{x!r}': 2.5}:
        class K1:
            attr = ((x + x) < x <= y)
            def meth(self):
                if {y[b]: -1}:
                    f([c for b in (y < 10 <= 1) if (lambda q: q + a)])
                    y = a.m(y, k=(lambda q: q + 2.5))
                import os.path as c
                b, *x = (-a)
        class B1(K0 if b else object):
            def __init__(self, v=(not y.m(x, k=()))):
                super().__init__()
                f(((lambda q: q + b) < a.m(x, k=x) <= -1))
            def get(self):
                return __class__, self
        a = ({{y: b}: 1} < (lambda q: q + f'{c}-{y!r}') <= y.m({y: a}, k=a))
    c = {**{b: a}, 'k': (-(y < b <= c)), **{}}
    c = [*((c + a) < a), c.m(x, k=a), *()]
    f(f((1, 2), (x if b else a)))
    return a
