def outer(a, b, c, x, y):
    x += ((b and y) < c.m((), k=x) <= a)
    pass
    a, b = (f(c, c) + 10), f'{c}-{b!r}'
    try:
        f({f'{a}-{c!r}': (lambda q: q + c)})
        x = ((None + c[c]) in (-1 != x))
        class K2:
            attr = [x for x in a if y]
            def meth(self):
                class K0:
                    attr = (a and y)
                    def meth(self):
                        pass
                        x = (b[(a + a)] != a[(-c)])
                pass
    except ValueError as err:
        del x
        pass
        x, c = ((a if x else y) if (lambda q: q + y) else b), ((c and (1, 2)) < 10 <= (lambda q: q + b))
    finally:
        class K0:
            attr = x.m({c: c}, k=10)
            def meth(self):
                if ([y for c in () if y[1]] is f((), x)):
                    x = (2.5 < (lambda q: q + c.m(10, k=10)) <= c)
                    x += ((a < a <= a) < a <= (a + y))
                return ([c for b in a if True] < x)
                try:
                    c = (f(2, 2) if None else a)
                    f((not (not 1)))
                except ValueError as err:
                    return f'{b}-{b!r}'
                    return f'{c}-{b!r}'
                    f(x)
        if (y + ((y != c) if (a and b) else (x + y))):
            with ((y is not x) + b) as c:
                pass
        else:
            def h(*args, c):
                a = (x.m(a, k=[y, 10]) if (lambda q: q + 10) else {[None, c]: (-2)})
            f([y, ()])
    f((2 < True <= 10))
    return a
