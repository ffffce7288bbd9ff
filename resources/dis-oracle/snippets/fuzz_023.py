def outer(a, b, c, x, y):
    y, b = [b for y in b if b], [x for x in f'{b}-{y!r}' if x]
    try:
        with x.m(x, k=(y if c else b)) as c:
            for b in (y == x):
                break
        while ('s' if x else 10):
            y += (-y)
            while [a for b in y if ((() == y) and x)]:
                c, y = (-y), x[f'{b}-{y!r}']
            for c in ({1: 2} == b):
                b = {0: (b < (a and 2.5) <= True)}
                f(f'{b}-{x!r}')
                f((-(y if x else -1)))
    except:
        x += f'{b}-{c!r}'
        class K1:
            attr = (a < (y and x) <= a)
            def meth(self):
                a = y[f'{a}-{x!r}']
                y = ((1, 2) if a else b)
                for b in {f'{c}-{c!r}': y[x]}:
                    y = [{y: c}, b]
    try:
        class K0:
            attr = [y for x in 0 if x]
            def meth(self):
                for x in (x + b):
                    c += (f'{c}-{a!r}' or a)
                for a in {f(c, b): a}:
                    c += f'{x}-{x!r}'
                    return [x for a in y if a]
                    break
                else:
                    f([(10 < c <= x), f(y, x)])
                    return (lambda q: q + c)
                while (a[2.5] + (f'{a}-{y!r}' if a else a)):
                    c += (not c)
                    f((lambda q: q + (0 < b)))
                    y = (lambda q: q + y)
        assert (a.m(2, k=y) and y), (-x)
        if (x < (c + c[y]) <= y[f'{x}-{b!r}']):
            x += ((lambda q: q + (1, 2)) or (x < c <= y))
            if (x is [-1, (lambda q: q + y)]):
                f((f(y, c) == c))
                pass
            else:
                b, b = (not 's'), (2 + ())
        else:
            f({'s': y})
    except ValueError as err:
        f((y if (y + 1) else (10 or 1)))
        y += [x, (lambda q: q + y)]
    while (x and c.m(b[None], k=(1, 2))):
        del b
        try:
            x, y = (lambda q: q + [b for c in 1 if b]), [b for y in b if -1]
            while (True < c <= f(y, c)):
                f(f(y, 2.5))
                c += [a for b in b.m(1, k=y) if ()]
            x += f'{c}-{x!r}'
        except:
            try:
                a += [c for a in [y for c in c if 1] if c]
                continue
                y = ([(-b), None] and c)
            except (KeyError, TypeError):
                b = f((True < (-x) <= {1: y}), f(c[y], c))
            else:
                break
                y += (a < f(y, b))
                c += y.m((1, 2), k=(not c))
        if (-{x: (1, 2)}):
            try:
                a = [c for c in x if b]
            except ValueError as err:
                c = [x for c in y if a]
                break
            x += (x if (lambda q: q + y) else a)
    del x
    return a
