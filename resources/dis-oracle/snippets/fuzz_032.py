a, y = (not None), {(a if y else x): 2}
try:
    f({y: 1})
except ValueError as err:
    while {(a < 1): c[b]}:
        class K0:
            attr = (not b.m(a, k=b))
            def meth(self):
                f(([c, x] if [y for a in b if c] else (c or a)))
                b = ([c for x in [b for a in b if c] if f'{y}-{b!r}'] if c else [y for a in c if a.m(y, k=c)])
                b = (lambda q: q + f'{y}-{b!r}')
        b = [x[[a for x in y if b]], 0]
        class K0:
            attr = (10 + (y if 10 else 1))
            def meth(self):
                c += c.m(x, k=b)
                return [True, None]
    for c in {x: x}:
        try:
            x, c = y[x], [10, a]
        except ValueError as err:
            break
            c, c = [(b < y <= a), 2], [y for a in (lambda q: q + x) if c]
            a += (lambda q: q + [c for b in 's' if x])
        a = ([a for c in (1, 2) if (a if c else a)] if a else (b < (lambda q: q + c) <= (b < c <= x)))
    while f(b, a):
        def h(x, /, y=2, **kw):
            c = {b: y}
        x = f((lambda q: q + f(1, b)), b.m(c, k=b))
        assert (x + [b, (1, 2)]), {x: b}
f([y for y in (x < c <= c) if (lambda q: q + 's')])
y += (a + 0)
c, b = (not c), (-(y < 10 <= y))
