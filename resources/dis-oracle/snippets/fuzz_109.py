def outer(a, b, c, x, y):
    a = (True and (a + ()))
    x = {a: (c in (1, 2))}
    for b in x[True]:
        assert y[y], ([-1, y] and c)
    else:
        while {c: c[(x or a)]}:
            for b in a[c]:
                continue
                f([a, b])
        a = [x, x]
    def g():
        class K1:
            attr = c.m(a, k=-1)
            def meth(self):
                class K1:
                    attr = (lambda q: q + b)
                    def meth(self):
                        x = [[a for b in (True < 's' <= 's') if 10], 10]
                        return (-(x < a <= x))
                return [a for x in x if (a < y <= y)]
        if f'{c}-{a!r}':
            class K1:
                attr = (x in b)
                def meth(self):
                    f({(not 10): 10})
            y = (10 or None)
    return a
