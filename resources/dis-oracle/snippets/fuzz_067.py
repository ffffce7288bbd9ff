def outer(a, b, c, x, y):
    with [c for y in x.m(x, k=c) if 1] as x:
        for b in (lambda q: q + [a for x in b if x]):
            x, y = [c for a in [c for c in a if x] if None], (-f'{b}-{b!r}')
        for c in y[(c < a <= y)]:
            def h(*args, c):
                x += ((y + a) is 1)
        del b
    while (0 or [y for b in (not 0) if x]):
        if y[c]:
            if f'{x}-{x!r}':
                f(f'{c}-{y!r}')
                y = (-{[b for y in c if y]: {b: 10}})
            assert x.m({a: x}, k=x.m(x, k=y)), ((not b) in a.m(x, k=b))
        f((a + c))
        if (x + c):
            del c
        else:
            del a
            del x
    if (10 < [a for x in x if ()] <= None):
        f((2.5 + f(c, x)))
        def k(x, /, y=2, **kw):
            del c
            with (a or a[a]) as c:
                f(((y is x) if [x, y] else 0))
                a += (not x)
            f(a[x])
        if f('s', 1):
            try:
                pass
                c = ([-1, 2] + 2.5)
            except:
                f(a.m(c, k=b))
                x = (not y)
                f((lambda q: q + y))
            a, c = {c: f'{b}-{a!r}'}, a[a[c]]
            while {(c[()] < {-1: b} <= 1): x}:
                continue
                continue
                a, y = (y and x), [a, (-a)]
        else:
            x += {x: (x != a)}
            f([y for c in x if (a + b)])
            for a in (b and (1, 2)):
                c = (lambda q: q + (lambda q: q + f(b, y)))
                f((-a))
                b = (-x)
            else:
                y = (-x)
    else:
        x += [c for y in [y for y in b if c] if y]
        f(f'{x}-{c!r}')
        with (a < a <= 0) as x:
            x = ((c and 0) is not f('s', c))
            class K2:
                attr = (-y)
                def meth(self):
                    pass
                    return f'{c}-{b!r}'
            try:
                f((-(b and b)))
                x, c = [c for c in 's' if c], (a + b)
                c = (a if (('s' < b <= c) if True else [x, True]) else ((c < c) != (lambda q: q + a)))
            except:
                a = ((b != (a and None)) if b[a.m(-1, k=a)] else y)
            finally:
                a, c = f'{c}-{a!r}', [c, a]
    c, y = (lambda q: q + (lambda q: q + c)), (-1 < (b if x else b) <= (1, 2))
    def h(a, b=1):
        class K1:
            attr = f'{a}-{y!r}'
            def meth(self):
                def k(a):
                    pass
                    f(f(-1, x))
                class K0:
                    attr = [f'{b}-{b!r}', -1]
                    def meth(self):
                        c = f((1, 2), ((lambda q: q + b) if b else y))
                        f(f(b, (y + y)))
        class K2:
            attr = [y, a]
            def meth(self):
                while f'{a}-{a!r}':
                    break
                for a in (10 and b):
                    f([a for y in a if b])
                    return (-f(b, x))
    return a
