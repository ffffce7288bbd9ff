def outer(a, b, c, x, y):
    try:
        class K2:
            attr = (-[x, c])
            def meth(self):
                while (c[None] is not {a: (x + c)}):
                    b = (-(y + (x or b)))
                    break
                while ((1, 2) + c):
                    break
                    f((-(c if 0 else y)))
                while True:
                    break
                    f([b, a])
    except ValueError as err:
        while b[b[(a + a)]]:
            with (lambda q: q + (-1 in b)) as a:
                f((lambda q: q + a))
                b, y = ((1, 2) if None else a), x[2]
    finally:
        assert (x is (y < x <= a)), ((2.5 if y else a) + x)
        for b in [y, x.m(x, k=-1)]:
            f((x + x))
            assert (a or x), (lambda q: q + (not y))
        else:
            f((lambda q: q + c))
            f((y if () else x))
            class K1:
                attr = (y == (x < y <= 10))
                def meth(self):
                    f((x if 10 else (a if b else b)))
                    c += f'{c}-{a!r}'
                    x = (b == (b != -1))
    for c in {(not b): b}:
        class K2:
            attr = (y.m(x, k=x) + b)
            def meth(self):
                del b
        continue
    else:
        def h(x, /, y=2, **kw):
            pass
            for x in (a or x):
                return (1 or x)
                return (x + b)
            else:
                return (-y)
                f(y.m((-c), k=(not c)))
                return [y for x in [b, b] if y]
        b += (x[2] < 10 <= (not a))
        for c in b.m({a: b}, k=x):
            del a
            y += (-(2.5 < a <= ()))
            for y in [(not a), f'{x}-{c!r}']:
                x = f(c, (-[x for c in y if c]))
        else:
            b = [2, (c == True)]
    return a
