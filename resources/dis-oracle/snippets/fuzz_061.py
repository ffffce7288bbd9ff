def outer(a, b, c, x, y):
    with b as y:
        with (a.m(b, k=a) and (not a)) as c:
            with {f(x, ()): (x and b)} as y:
                c, y = {(-y): 0}, (10 != c)
                pass
            for y in (not b):
                continue
                x, c = f((a is not x), ((1, 2) if x else y)), (x if y else b)
                b, x = f'{x}-{a!r}', ((not a) < (not x))
        class K1:
            attr = [c for b in (a < 's' <= y) if -1]
            def meth(self):
                def g(*args, c):
                    a += (x[y] + x)
                del a
                if (-[y for b in b[y] if [a for y in x if x]]):
                    a = (not x[(not y)])
                    f(c[-1])
                    f((b if {a: y} else y))
    if f(c, b):
        with (lambda q: q + a) as a:
            del b
            a += (1 and (lambda q: q + y))
        if a.m(y, k=f(1, None)):
            x = (lambda q: q + (-y))
            c += (not 2.5)
        else:
            assert a.m((c or a), k=b), ()
            def h():
                nonlocal_target = b
                x = [b for c in c if x]
                pass
            a, c = ((-x) < c), b
        b, x = [(a and 's'), (lambda q: q + x)], (lambda q: q + (b < x <= b))
    def h(a):
        nonlocal_target = [a for c in f(a, c) if b]
        c += (0 != (b is not 10))
        try:
            x += (not x)
            for x in ((not y) if (b in y) else c.m(c, k=c)):
                continue
                c = [x for y in f(a, c) if x]
        except:
            c = (x + [a for x in 0 if a])
            a += a.m((2 or (1, 2)), k='s')
        finally:
            return a
        with (x + x) as b:
            return (a + x)
            pass
    with [c, f'{a}-{a!r}'] as b:
        class K2:
            attr = f((lambda q: q + 0), {None: c})
            def meth(self):
                return (1 < f'{b}-{c!r}' <= (a != c))
                try:
                    pass
                    y += ((y if y else y) + (lambda q: q + b))
                except ValueError as err:
                    b += [True, 2.5]
                    pass
                    b = (2.5 if a else [b for c in (c in 0) if f(y, a)])
                del c
        try:
            pass
        except:
            with ((y if a else b) < b <= None) as a:
                f((-a))
                x, y = f'{x}-{a!r}', (x or 10)
                f(f'{a}-{x!r}')
            x, y = True, (-b)
    class K0:
        attr = ([c, c] < x <= x)
        def meth(self):
            del x
            def g(*args, c):
                for c in (f(x, x) == 's'):
                    break
                    f([c for x in (x < c <= c) if x])
                    continue
                c = [b for y in x if x]
                x += (-(-2))
    return a
