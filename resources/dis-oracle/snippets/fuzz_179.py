def outer(a, b, c, x, y):
    y = a = f(x[b], x)
    class K1:
        attr = {x for x in f((), y) if x}
        def meth(self):
            if f'{b}-{a!r}':
                a.attr += {y: (1, 2) for y in b}
                a[f'{x}-{c!r}'] -= 1
                pass
                def inner():
                    nonlocal b
                    b = (-a)
                    return b
            else:
                yield [a for y in y if [y for y in b if y]]
                def g(x, /, y=2, **kw):
                    y += (x or (lambda q: q + c))
                    a += ((-1 is not c) if (lambda q: q + x) else c)
                    y += ((x < c <= y) and None)
                a, *x = ((lambda q: q + a) in b)
            a += (not (y < x <= c))
    del c
    import os.path as y
    return a
