def outer(a, b, c, x, y):
    while (b.m(c, k=a) and y):
        for x in f'{y}-{b!r}':
            class K2:
                attr = ((lambda q: q + y) + [b for y in b if a])
                def meth(self):
                    f({c: (-True)})
                    pass
                    y = [c for x in [c for c in True if [y, a]] if c]
            while f((None < x <= 2), f(b, y.m(1, k=c))):
                y += (-(y and c))
    x += [c for b in () if f'{b}-{x!r}']
    if (lambda q: q + (lambda q: q + 2)):
        c = y.m(c, k=('s' < {x: b} <= (a if () else None)))
        del b
        assert (b < b <= (a + y)), (-c)
    return a
