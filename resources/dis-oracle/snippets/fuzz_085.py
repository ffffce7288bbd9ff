def outer(a, b, c, x, y):
    while [c for a in y if x]:
        while ({0: (b + a)} or [a for a in c if f(x, c)]):
            if ():
                continue
                c, x = f'{b}-{y!r}', (x + [c, 0])
                b, c = {'s': (b or b)}, (not x[y])
            else:
                y = ((b[a] in 1) if c else b)
            f([x, 0])
            while (c + (not [y, 2.5])):
                y += x
        if b:
            def k(a):
                pass
                pass
                pass
        else:
            for c in (f'{a}-{y!r}' + a):
                break
                continue
                y, b = [b for a in 2 if c], 0
            del b
        while [f((None if b else x), 1), (not (c in 's'))]:
            def h(x, /, y=2, **kw):
                f(b.m(-1, k=True))
                return (lambda q: q + (a or y))
                x = f'{a}-{c!r}'
            continue
            while [y for x in c if y]:
                continue
    with f(y, [a for b in c if 10]) as a:
        for b in (c if b else (-0)):
            for a in (c < (not x) <= (-a)):
                x, b = y.m(f(1, x), k=(y if b else b)), b[()]
                a, b = ({y: c} or a), f((a and y), a)
                f({-1: b})
            else:
                f((-'s'))
        else:
            assert (not {(1, 2): c}), (lambda q: q + x)
            try:
                pass
                pass
            except ValueError as err:
                pass
                f((f(y, 0) if 10 else b))
                pass
            finally:
                b = (not c)
                pass
        for x in ((y < b <= a) == x):
            if ([b for b in [x, (1, 2)] if a] < (y + {c: a}) <= f((b and a), x)):
                a, c = x.m(0, k=b), y.m((a + b), k=2)
                break
                f((not y))
            class K1:
                attr = a
                def meth(self):
                    y += [c, a]
                    pass
                    f((-x))
            for c in f'{c}-{y!r}':
                y, c = (None and a), (c != None)
                continue
            else:
                y += c[()]
    return a
