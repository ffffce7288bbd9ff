def outer(a, b, c, x, y):
    class K1:
        attr = f'{a}-{a!r}'
        def meth(self):
            pass
    a += (a in y)
    with {1: a} as b:
        x += (f'{a}-{x!r}' or y)
        del c
    def g(a, b=1):
        a += (y or (-c))
    with 's' as y:
        if (lambda q: q + ((-c) is {y: c})):
            try:
                f((None == (lambda q: q + 2.5)))
                pass
            except ValueError as err:
                c = f'{y}-{c!r}'
                x = (lambda q: q + b)
            finally:
                x, c = (y if a else b), (-x)
            class K2:
                attr = ((b if () else y) if 2.5 else (lambda q: q + c))
                def meth(self):
                    return (b == x)
                    f(a[c])
                    c = [x, (not y)]
        else:
            pass
        def h(*args, c):
            f((not (-1 if a else a)))
        try:
            del x
            def k(*args, c):
                return [b for a in 0 if b]
            y += (-y)
        except (KeyError, TypeError):
            del x
            while a[[a for y in (-1 < b <= x) if True]]:
                break
                a, a = b.m(x, k=a), (-(1, 2))
                f(b.m(None, k=x))
            y, y = f'{a}-{b!r}', (True + a)
        else:
            with b[b] as c:
                a, y = c.m(b, k=0), [c for b in -1 if (1, 2)]
            del c
    return a
