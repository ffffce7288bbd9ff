def outer(a, b, c, x, y):
    if {((a or b) and (-c)): a}:
        try:
            y = y = f'{x}-{c!r}'
            try:
                c = x['s']
            except:
                y += [y[c], (c is not a)]
            finally:
                a, x = (f(x, a) + 's'), (-(b if x else c))
        except ValueError as err:
            del y
            x = c = (b or (x < (1, 2)))
            pass
        y, *x = (not ((1, 2) != 's'))
        x = (c < {(a + y): b} <= (lambda q: q + ()))
    import os.path as b
    try:
        if (c := y[{-1: c}:(-a)]):
            try:
                pass
                pass
                y = (f'{x}-{c!r}' or y)
            except:
                x = (c == y[{b: a}])
                pass
            with f(c, 2.5) as a:
                pass
                b, a = [(-b), f'{y}-{c!r}'], a.m(b, k='s')
                x, y = (lambda q: q + [y for y in y if x]), (c < {c: ()} <= f'{x}-{y!r}')
        if f(((lambda q: q + b) if ((1, 2) if b else y) else True), [x for y in (not c) if 1]):
            a.attr += {((1, 2) + 2.5): None}
            a[((not x) < 2.5 <= a)] -= 1
        else:
            class K2:
                attr = (-2.5)
                def meth(self):
                    return (not y)
            del x
            pass
    except ValueError as err:
        y = [y[f(2.5, 1)], (b < [b, b] <= b)]
    finally:
        assert (lambda q: q + y.m(c, k=y)), b[c]
        class K1:
            attr = ([x, a] + a)
            def meth(self):
                x, *c = a[a]
    if (x := (lambda q: q + ((1, 2) or 0))):
        if [x for b in (x < 1 <= (lambda q: q + b)) if ('s' and (-b))]:
            if (x := b.m(b, k=(-10))):
                a = f'{b}-{y!r}'
                y, a = ((1, 2) if f'{y}-{b!r}' else (lambda q: q + b)), f(b.m(b, k=x), c)
        else:
            a += [c for b in a if f'{a}-{a!r}']
            assert (c[y] or -1), (2.5 + a)
            c.attr += (c + x)
            c[(0 < (x < x <= b) <= a)] -= 1
        assert (-1 + x), (b < x <= [x for y in b if a])
    return a
