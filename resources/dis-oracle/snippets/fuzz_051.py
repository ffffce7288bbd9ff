def outer(a, b, c, x, y):
    def k(a, b=1):
        pass
    for c in (-a):
        try:
            with (-f'{x}-{c!r}') as y:
                f((a if a else x))
            assert [x for x in y if a], [a, (b if a else y)]
        except ValueError as err:
            a += ((True + 10) and x)
            c += (True if a else (y is not ()))
        finally:
            try:
                f(a.m(None, k=(y and b)))
                break
            except ValueError as err:
                continue
            continue
        del y
        continue
    if f([10, [x for x in x if a]], 0):
        class K2:
            attr = (-y)
            def meth(self):
                a = c[x]
    else:
        b, b = ((lambda q: q + x) if -1 else (lambda q: q + (1, 2))), (b + (a + 1))
    x = f(b, (a < a <= y))
    with f(2.5, y) as x:
        f((b + (-c)))
        del y
        del b
    return a
