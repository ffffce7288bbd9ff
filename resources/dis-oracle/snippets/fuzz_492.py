for b in sum(a for a in f'{a}-{a!r}'):
    with f({c: f'{y}-{x!r}'}) as b, f((f(2, b) or (2 and 's'))):
        c += a.m(c, k=2.5)
        @f
        @x.m(({b: None} < (2 in b) <= (lambda q: q + a)))
        def deco_target(q=x[a], *, r=lambda: x):
            return a.m(y, k=(0 in 1))
    b += ([c for a in a if y] or f(b, y))
    y = {*f'{b}-{y!r}', [1, [(), x]]}
    y = ((1 in f(c, x)), *(c if b else [x for b in x if c]))
try:
    x = {**((y + y) + 1), 'k': (y := b), **{}}
    x = [*(a or x), (lambda q: q + x), *()]
    @f
    @y.m(b[10])
    def deco_target(q=f'{b}-{a!r}', *, r=lambda: y):
        pass
except ValueError as err:
    c = (x if b else c[(y is (1, 2))])
    b, y = f'{b}-{y!r}', ((1, 2) if (-'s') else True)
finally:
    b = {*c[2.5], (lambda q: q + (y if b else a))}
    b = (f'{a}-{a!r}', *(not [c, b]))
    if (a := f(None, -1)):
        b, *b = (f(x, y) and (not 2.5))
        a = (c := {y: f'{x}-{x!r}'})
        class B1(K0 if x else object):
            def __init__(self, v=f(a, f'{y}-{a!r}')):
                super().__init__()
                f(y[0])
            def get(self):
                return __class__, self
    class K0:
        attr = [[a for b in c if c], (y < a <= c)]
        def meth(self):
            def g():
                pass
b.attr += (not x)
b[f'{y}-{b!r}'] -= 1
y, a = f(b, c), [c, a]
x, a = [(x or 2.5), b], ([a, b] or (lambda q: q + x))
