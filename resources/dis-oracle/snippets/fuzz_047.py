def outer(a, b, c, x, y):
    while {c: ([a, b] if f'{b}-{a!r}' else f'{a}-{x!r}')}:
        break
        del x
    try:
        y += (lambda q: q + f'{c}-{b!r}')
        class K0:
            attr = (not b)
            def meth(self):
                f((2.5 + 2))
                def g(a):
                    pass
    except ValueError as err:
        c, y = x[(lambda q: q + x)], [y for c in y if 0]
        class K0:
            attr = (a[1] < (lambda q: q + a) <= f'{a}-{b!r}')
            def meth(self):
                with b.m((c < b <= (1, 2)), k=[a, y]) as c:
                    f((b in a))
        with b.m(y.m(2, k=(1, 2)), k=None) as b:
            for c in (2.5 < -1):
                a += (None + [c for x in y if y])
                continue
            else:
                pass
            try:
                c += (c + y)
                b += c[2.5]
                f((c + (y or y)))
            except ValueError as err:
                y = (((b if y else c) < x <= a) + 10)
                a += f(x, True)
                f([a, 2])
            finally:
                a, a = [(a if x else c), f(x, b)], 1
                y = (-1 if {a: b} else f(x, x))
            f((True if [x for b in b if b] else True))
    finally:
        f(f'{a}-{a!r}')
        while (-f((y < a <= b), y)):
            del x
    if a[[a for c in y if c]]:
        del b
    else:
        if [a for b in x if (not f'{b}-{a!r}')]:
            class K1:
                attr = (not (1, 2))
                def meth(self):
                    a = {f(0, c): [(lambda q: q + c), 1]}
        b = c[0]
        if (y or (lambda q: q + y[c])):
            c += {{b: a}: 2}
            b += a
    class K1:
        attr = (0 or x)
        def meth(self):
            for y in (0 + 1):
                del c
                return ((a == y) < b <= x.m(a, k=c))
            yield {c: -1}
            del b
    while ([(x or y), (c != x)] if y else ((b + y) is (not c))):
        if f'{c}-{b!r}':
            f([0, 10])
            f(-1)
        else:
            del a
            del x
            for b in (not [c for b in x if x]):
                c = ((c or 2) or a)
                f([y for x in y if 2])
    return a
