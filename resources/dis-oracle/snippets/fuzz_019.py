def outer(a, b, c, x, y):
    with a as b:
        try:
            try:
                x += (lambda q: q + 0)
            except (KeyError, TypeError):
                b = (b[a] is (--1))
            else:
                b = x[y]
                c = [2, f(x, y)]
            finally:
                b = (None in (2.5 and f'{c}-{y!r}'))
                y += (lambda q: q + y)
                x = ([y, x] and c)
        except (KeyError, TypeError):
            def k(a, b=1):
                x = [b for b in (lambda q: q + (-x)) if f(-1, a)]
                a = {f((-y), 's'): c}
            def h(a):
                nonlocal_target = (c + [x, c])
                return [y for x in (y < x <= c) if (y < a <= True)]
                return (2 + None)
                c = (b or x)
            while f((c + (not y)), -1):
                c, x = {x: (-c)}, [x for c in f(2, x) if (not x)]
                a = [y for x in 1 if y]
        else:
            assert {{y: a}: b}, y.m(b, k=None)
        for c in f([c for y in y if x], c):
            assert ((b and a) < True <= c), b
            c, x = ((x < a <= 1) + (lambda q: q + c)), f'{c}-{x!r}'
            class K0:
                attr = x[(b < b <= y)]
                def meth(self):
                    b += (c < a <= (b or b))
                    return (0 < 2.5 <= c[y])
                    a += (None and x)
        else:
            if (lambda q: q + 's'):
                f({f(a, a): [a, y]})
            pass
    b, c = ((2 < y <= 2) is b.m(x, k=y)), {a: c}
    return a
