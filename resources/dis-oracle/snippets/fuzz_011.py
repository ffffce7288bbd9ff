def outer(a, b, c, x, y):
    pass
    def k(*args, c):
        class K2:
            attr = (c and a)
            def meth(self):
                class K1:
                    attr = (2 < y <= a)
                    def meth(self):
                        b += y[x]
                        y = (lambda q: q + (not {x: 0}))
                for b in (not 1):
                    continue
                    break
                    c += (lambda q: q + (a < c <= -1))
    del x
    while [x for x in 's' if ((lambda q: q + a) == y)]:
        if ({a: y} and (() if b else x)):
            try:
                a, x = (b or f'{y}-{x!r}'), (lambda q: q + -1)
            except (KeyError, TypeError):
                b = (-y)
            else:
                f(f'{y}-{c!r}')
                b = (f'{y}-{y!r}' or (1, 2))
                y += [f'{y}-{b!r}', (c and y)]
            finally:
                b, x = [(c or 10), (-1 + 10)], [a for c in [a, y] if (lambda q: q + y)]
                y += {a[b]: (a if b else y)}
            y += [(x if 2.5 else (1, 2)), (lambda q: q + a)]
        del y
        def k(a):
            for a in ((-a) in b):
                y = [x for a in (lambda q: q + b[y]) if f'{x}-{b!r}']
                return ((a if y else c) < [a for x in x if c] <= a.m(a, k=x))
    del c
    return a
