def outer(a, b, c, x, y):
    c = (-([c, a] < None <= 10))
    assert f'{b}-{x!r}', (-(1, 2))
    c = (lambda q: q + f(b, y))
    if {[y for b in (b == c) if y]: 2.5}:
        c = x = (x < None <= c)
        class K0:
            attr = {a: 0}
            def meth(self):
                yield f(a, [x for c in a if c])
                c = y.m((not b[x]), k=x.m(b, k=c.m(y, k=2)))
                while [c for b in [(lambda q: q + y), 2.5] if 0]:
                    b += x[c]
        b, *c = (lambda q: q + ())
    else:
        def k():
            nonlocal_target = [True, x]
            def inner():
                nonlocal a
                a = ((y + True) < [b, 's'])
                return a
        assert (-y[a]), f'{c}-{x!r}'
    class K0:
        attr = (not {c: c})
        def meth(self):
            if (-y):
                return (c + 10)
            b = b = f(f(b, y), y)
    return a
