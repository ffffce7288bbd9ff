def outer(a, b, c, x, y):
    while f'{b}-{a!r}':
        y = f((lambda q: q + (a and y)), 10)
        def h(*args, c):
            nonlocal_target = b
            del c
            return [{c: a}, c]
        def k(x, /, y=2, **kw):
            nonlocal_target = [c for a in 10 if (a + True)]
            y += c[(x if c else a)]
            def h():
                nonlocal_target = b[x.m(a, k='s')]
                a = a.m(b, k=-1)
                a = (-{a: c})
    try:
        del x
        if (y + (a and (lambda q: q + a))):
            a += x[[b, c]]
            f((None < c[2.5] <= c))
            while (x < (1, 2) <= (lambda q: q + y)):
                break
                b = f'{a}-{y!r}'
                c += ((y if y else (1, 2)) + a)
        else:
            while {b: f'{y}-{b!r}'}:
                continue
                a = (-c)
                b += ((a + c) + y)
        while b[(not y)]:
            def k(a):
                return (-{10: y})
            f(b.m((y < a <= c), k=f(c, c)))
            if y:
                c += (c is not (b < a <= b))
    except ValueError as err:
        pass
        def g():
            try:
                y = f'{y}-{c!r}'
                pass
                return (--1)
            except:
                pass
                f({b: c})
            finally:
                return (2 is a)
                y += (not (y < a))
            def h(*args, c):
                pass
                x = (a or (not x[c]))
    del x
    try:
        try:
            def h(x, /, y=2, **kw):
                return (not y)
                pass
            c, c = y[None], [a.m(x, k=10), [x for a in None if y]]
            while c.m(c, k=f({c: (1, 2)}, (0 < b <= x))):
                c += (not f(y, c))
                f((lambda q: q + b))
                c = {((-True) < c <= a): b}
        except:
            if [x[a], -1]:
                y = f'{c}-{c!r}'
        del a
    except:
        a = ((-y[c]) < (not b) <= b)
        if f'{y}-{c!r}':
            f(([1, y] if None else [c for x in 2.5 if 1]))
        else:
            for c in (a + f'{y}-{x!r}'):
                x = f'{y}-{b!r}'
                b = (-b.m(a, k=f(0, y)))
                continue
            del x
            for c in f(b, a[(1, 2)]):
                f(a.m((not (1, 2)), k=1))
                c += ([b for a in a if ()] + y)
    for c in (b if y else b):
        for y in (f'{x}-{y!r}' is not 's'):
            c, a = (lambda q: q + ()), (lambda q: q + -1)
    else:
        f((not -1))
        pass
        assert f'{y}-{c!r}', [(a < y <= b), x]
    return a
