def outer(a, b, c, x, y):
    del a
    if [(-(-c)), {f((1, 2), x): a}]:
        f(f'{y}-{a!r}')
        while [a for x in 1 if b]:
            for c in (-0):
                continue
                y += f((-c), a)
                b += (y if a.m(b, k=0) else b)
    y += f'{y}-{c!r}'
    try:
        if (y.m((-c), k=y[x]) if a else [x for x in f'{x}-{x!r}' if y]):
            try:
                pass
                pass
            except (KeyError, TypeError):
                pass
                c = ((c if (b or x) else y) and c[2])
            else:
                b += f'{y}-{b!r}'
                b += a.m((y + x), k=c)
            try:
                c, b = (c is not 's'), (True and -1)
            except:
                f(y.m(1, k=None))
                c += (lambda q: q + True)
        else:
            c, c = [c for y in c if c], c.m('s', k=True)
        assert x[f'{a}-{x!r}'], (a if {-1: x} else (a + y))
    except (KeyError, TypeError):
        def k(x, /, y=2, **kw):
            f(x[y])
        a += b[b]
    else:
        c += [y for x in a if [None, a]]
        class K0:
            attr = [(c != y), y]
            def meth(self):
                return [(), (a or a)]
                b += (lambda q: q + x)
                class K0:
                    attr = (lambda q: q + f(y, a))
                    def meth(self):
                        f((-1 if -1 else x))
        y = (lambda q: q + y)
    return a
