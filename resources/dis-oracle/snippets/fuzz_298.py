c = f(c, x[b])
for a in f'{b}-{c!r}':
    for a in ((1, 2) if (-b) else b):
        def h(x, /, y=2, **kw):
            nonlocal_target = (-(x and b))
            pass
            x = f'{b}-{b!r}'
    a, c = b[f'{x}-{x!r}'], [c for c in (lambda q: q + x) if (b if c else 2)]
    def g(a, b=1):
        if (y := {(0 + a): a}):
            pass
            c = (-y)
def g(a):
    del y
    y = [(), a]
    def inner():
        nonlocal a
        a = (-b)
        return a
