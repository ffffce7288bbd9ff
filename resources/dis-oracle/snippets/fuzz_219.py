def outer(a, b, c, x, y):
    pass
    for c in (b if (1 or a) else y):
        c, *y = b[x:x]
        for c in (lambda q: q + c):
            while (1 + b):
                a, y = f(b, (lambda q: q + b)), f([y for y in x if ()], [1, b])
                f([y, b])
            c = (-x)
            if (x := f'{b}-{c!r}'):
                f(((1, 2) and b))
    f((10 + {True: c}))
    for b in [b, c]:
        with f'{b}-{c!r}' as c:
            with ((10 is a) + (1, 2)) as y:
                y += (-1 + 0)
                a = [y, f(x, c)]
                f((y + a))
    class K1:
        attr = (a and y[b])
        def meth(self):
            try:
                x = (b.m(2.5, k=1) if ((0 if b else x) < (1 if -1 else (1, 2)) <= x) else a)
            except ValueError as err:
                x = a = [(), (-1 != x)]
                for a in (2 + c):
                    x += {y for y in y if y}
                    f((10 or 0))
                    x += b[::(-a)]
                else:
                    pass
                    pass
                    b = [2, c]
            finally:
                def k():
                    nonlocal_target = ((a if y else b) + b)
                    x += f(c, (-y))
                    f(c.m((-1 + y), k=(-a)))
                del c
                if (not (y + y)):
                    return (None < (-'s') <= c)
                    return (f(-1, a) < (a + y) <= 1)
                    f(((not c) < x <= (-b)))
                else:
                    return {c: y}
            with y.m((a < c <= b), k=b) as x:
                class K1:
                    attr = b[::c]
                    def meth(self):
                        x += ((True + 2.5) + a)
                class K2:
                    attr = a.m(10, k=y)
                    def meth(self):
                        x = (a[(None if c else a)] if c[b] else (1, 2))
                        x = [a for c in c if (-y)]
                        return (b.m(a, k=x) + (b if (1, 2) else c))
                with ((y + y) or c) as y:
                    b = [a, (y + x)]
                    f((-c))
                    return [b for b in b[x] if (y if y else x)]
            f(f'{c}-{a!r}')
    return a
