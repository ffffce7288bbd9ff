def outer(a, b, c, x, y):
    class K2:
        attr = [[y, ()], y]
        def meth(self):
            b += c.m(x, k=b.m(c, k=True))
            class K0:
                attr = (b in 10)
                def meth(self):
                    a = [c for b in x if ((None or x) + a)]
                    if ((a + (y and y)) is not ((lambda q: q + x) is not 1)):
                        return (not y.m(b, k=(1, 2)))
                        c += f((c if c else y), 's')
                        a += (lambda q: q + (a if c else b))
                    else:
                        b += [a for b in c if -1]
                        b += c[a]
                        pass
    def h(a):
        if {c: c}:
            f({a: b[y]})
            while (y is (not None)):
                continue
                continue
        else:
            return (2.5 + a)
            f((a + (lambda q: q + x)))
            pass
        del a
        try:
            def g(a, b=1):
                y += (2.5 == a)
            f(((x + x) or c))
        except (KeyError, TypeError):
            with (lambda q: q + 's') as b:
                x = ((1, 2) + 's')
            with (c and [x for a in b if 1]) as y:
                x = [x, b]
                f((c < (b == b) <= b))
                return ((1, 2) and -1)
            f(f'{b}-{a!r}')
        else:
            b += (-y[c])
    pass
    try:
        with f(y, (a < x)) as c:
            pass
            del x
            def k():
                b = ((b < {y: (1, 2)} <= c) if y.m((not y), k=(c + 0)) else a)
                a += y[c]
                f((x is not b))
    except ValueError as err:
        with (2 == 10) as y:
            class K2:
                attr = f'{y}-{b!r}'
                def meth(self):
                    x = f'{b}-{x!r}'
        assert (y < c <= b), x[(1, 2)]
    def g(a, b=1):
        with [c for c in (a or c) if y] as y:
            return c
        while (a < True):
            while ([x, b] < {f'{x}-{b!r}': x}):
                return [(0 < a <= b), [1, x]]
                f((a and (None + a)))
                f([x, (a < y <= a)])
            del a
        return (x < y <= y)
    return a
