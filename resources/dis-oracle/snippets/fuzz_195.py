def outer(a, b, c, x, y):
    b, x = f'{b}-{b!r}', b.m(a, k=True)
    a, *x = f(b, 10)
    b = y.m((), k=(a and {a: b}))
    assert {10: f(b, 10)}, b[f'{c}-{c!r}']
    with [x, b] as c:
        class K0:
            attr = [f'{a}-{y!r}', c]
            def meth(self):
                b, *a = ('s' and a)
                y = f'{y}-{x!r}'
                for c in ((b is b) or (y if (1, 2) else a)):
                    f(a[c])
                    return f([a for y in c if a], (x or b))
                    a = (lambda q: q + (1, 2))
    return a
