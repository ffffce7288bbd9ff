def k():
    y = y[0]
    with f([None, b]) as y, f(f'{y}-{c!r}'):
        if (y := [a for c in y if a]):
            return (lambda q: q + c)
            return (a + a)
            return f(a, (lambda q: q + 1))
def g(a, b=1):
    a = {*c[::y], (lambda q: q + c[y])}
    a = ((not b), *[a for a in 's' if [a for a in c if x]])
    yield (1 or x)
if (x := [x for b in c if x]):
    x, *x = [c for y in b if a]
    y = x = [x.m(x, k=c), -1]
try:
    with f({2.5: f'{b}-{c!r}'}) as c, f((10 < (lambda q: q + 1) <= b)):
        def g(a, b=1):
            nonlocal_target = (lambda q: q + (2 is not c))
            a = (a in (a in 0))
        x, x = (x if 's' else f(c, 2)), f'{a}-{c!r}'
finally:
    pass
    class B1(K0 if x else object):
        def __init__(self, v=f(x, b)):
            super().__init__()
            f(f(x, x))
            a += (2.5 == ())
        def get(self):
            return __class__, self
    try:
        c += [y, (-c)]
        y = [x for x in x if ()]
    finally:
        class K1:
            attr = y[None]
            def meth(self):
                pass
        pass
        b += f'{a}-{x!r}'
