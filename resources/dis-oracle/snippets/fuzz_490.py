a, *y = (2.5, *'s')
if (c := {((1, 2) != 2): b.m(b, k=0)}):
    def h(x, /, y=2, **kw):
        nonlocal_target = (-(y + a))
        b = c = ((lambda q: q + a) < c <= (not y))
    class B0(K0 if x else object):
        def __init__(self, v=a[[b for y in c if x]]):
            super().__init__()
            return (a if f'{c}-{y!r}' else [b for a in x if y])
        def get(self):
            return __class__, self
    x, c = ((not ()) != y), a.m(2.5, k=(b or b))
def k(a):
    try:
        f(f'{a}-{c!r}')
        b += ([y, x] != (a or a))
    except:
        a = {**(-0), 'k': (not (lambda q: q + a)), **{}}
        a = [*(2.5 + (1, 2)), (y or (b and b)), *()]
        y = {**(-c), 'k': {y: (a if c else a)}, **{}}
        y = [*(c.m(b, k=c) and None), (2 < c <= 2.5), *()]
    finally:
        pass
def gen(c, *rest):
    yield from (a + y.m(y, k=y))
    y = {*y[y], [{x: y}, x]}
    y = (a.m(x, k=f(c, b)), *{c for c in y if c})
    c, *x = f([a, c], b)
    del c
    yield (c, rest)
y = (lambda q: q + b)
