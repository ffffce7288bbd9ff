def g():
    y = {x: f(y, y)}
for b in [(1, 2), (lambda q: q + x)]:
    def h(x, /, y=2, **kw):
        while f((not x[b]), (x and c.m((), k=y))):
            return (y < c)
            y += f'{a}-{c!r}'
            break
    f((True if a else x))
else:
    while (not 2.5):
        class K0:
            attr = (-())
            def meth(self):
                f(a.m((c or x), k={c: x}))
                a += 1
                return [[0, a], f(b, c)]
    pass
for b in [a for y in y if (y if None else b)]:
    c = y[a.m(a, k=x)]
for y in a.m((-c), k={True: True}):
    break
    def k(x, /, y=2, **kw):
        for a in 2.5:
            return (c + (a + a))
        def g(a, b=1):
            nonlocal_target = (lambda q: q + -1)
            x = (y[[a for y in c if y]] in y)
            pass
            pass
c = ((lambda q: q + x) == (-x))
