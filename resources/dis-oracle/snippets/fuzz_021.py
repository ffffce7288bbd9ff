def outer(a, b, c, x, y):
    class K2:
        attr = y.m(c, k=[a, a])
        def meth(self):
            del x
            a = (x or c)
    a, c = [x for b in (y if 0 else c) if None], f'{b}-{a!r}'
    try:
        try:
            b = [b, x]
        except (KeyError, TypeError):
            pass
            def k(a):
                pass
        else:
            if (lambda q: q + 1):
                f([(), b])
            else:
                c = [c for a in x.m(1, k=[a for y in b if b]) if (b if 's' else f'{c}-{a!r}')]
            f(x[y])
        with {c: f(b, a)} as b:
            a += ()
        for x in {c: 's'}:
            y, y = ((10 if c else c) or 0), a[y]
            if b[True]:
                a = [y for x in y if ((None + c) + f(x, a))]
            for c in [0, (y + y)]:
                continue
    except ValueError as err:
        while ((lambda q: q + (not y)) + (b and (not x))):
            y, b = b, c.m(x, k=x[10])
            class K1:
                attr = c
                def meth(self):
                    pass
            assert ([x, a] if x else b), {(y and 1): x}
        a = ((not (() or a)) + 1)
        if c:
            assert (f(a, y) + x), a.m(x[10], k=a)
            for y in ([c for a in x if 10] in b):
                x += y[(-b)]
            a = (y and f((lambda q: q + y), b))
    x, x = f'{c}-{c!r}', f'{y}-{b!r}'
    def g():
        a = ((x < y <= True) in c)
        c += (c if ['s', x] else a)
        f([b for b in b if [x for b in x if 0]])
    return a
