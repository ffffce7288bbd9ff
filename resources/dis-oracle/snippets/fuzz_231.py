def outer(a, b, c, x, y):
    f(f((-c), (lambda q: q + b)))
    a.attr += f(f(2.5, a), a[a])
    a[(f'{x}-{x!r}' is 0)] -= 1
    if (a := y['s']):
        with (a or y) as y:
            for b in (-1 < (b if c else b)):
                b, a = ((-b) if 10 else a), (x or x)
                f({[c, 0]: f('s', c)})
            class K2:
                attr = (a < x <= (-c))
                def meth(self):
                    f(f'{c}-{y!r}')
        c = (not y)
    del c
    while (c if x[a[1]] else ()):
        assert ((not 10) is (-y)), (lambda q: q + (lambda q: q + c))
    return a
