def outer(a, b, c, x, y):
    if (y + (not f'{y}-{y!r}')):
        for y in ((a < a) if (b is a) else 's'):
            while [0, y]:
                continue
            c = f'{y}-{c!r}'
        for y in [b for b in a if y[a]]:
            for b in (b is not None):
                b += (not (x + b))
                c += ((y + x) < x <= y)
            else:
                break
                continue
            y += (y + b)
    for a in [c, b]:
        class K1:
            attr = f(2, None)
            def meth(self):
                yield ((c is y) and 0)
                return x
                try:
                    a += (-b)
                    f(a[2])
                    c += (-[b, x])
                except:
                    return {b: None}
                    pass
                    f((True < a <= {c: y}))
    else:
        def g(x, /, y=2, **kw):
            nonlocal_target = [b for y in y if b]
            def h(a, b=1):
                nonlocal_target = f((-x), 1)
                return (not (-c))
                f((a != (not b)))
            return f'{x}-{y!r}'
        assert {{a: c}: (not -1)}, (2 + c)
    f((0 if b else f'{c}-{b!r}'))
    del c
    try:
        c += {b: x}
        class K2:
            attr = [((1, 2) and y), x]
            def meth(self):
                del a
                f({f'{y}-{x!r}': c})
                with ((b is not ()) and 2.5) as b:
                    pass
                    pass
        class K2:
            attr = f(b, y)
            def meth(self):
                yield (lambda q: q + 10)
                del c
                a = c
    except (KeyError, TypeError):
        f(b.m([a, c], k=[(1, 2), x]))
        while (lambda q: q + 2.5):
            c, y = y, (not 's')
            b += (lambda q: q + c)
        while f(b, 0):
            b += (x < c <= 2.5)
            c += x[(y < () <= a)]
    else:
        while ((0 < x <= (x == b)) or [True, a]):
            try:
                continue
                x += [x for y in y if 10]
                x = b.m([b for c in (1, 2) if 10], k=0)
            except (KeyError, TypeError):
                break
                y, a = (-None), f'{a}-{a!r}'
            else:
                a, b = [(-2.5), a], x
    return a
