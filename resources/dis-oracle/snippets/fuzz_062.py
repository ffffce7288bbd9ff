if f(x, x):
    def h(a):
        try:
            c += f'{x}-{y!r}'
            return [x, (lambda q: q + 2.5)]
        except ValueError as err:
            a = (f(x, b) is not (1, 2))
            pass
            c += (c.m(10, k=a) + c)
    del b
    f((not 10))
else:
    pass
    if (not c.m(y, k=())):
        while a:
            a += (c if True else a)
            b += c[{c: x}]
        f(a.m(2, k=a))
        with (a if a else b) as y:
            f((b + True))
            x, b = (y != (lambda q: q + c)), (f'{a}-{a!r}' < (x if b else a) <= b)
    else:
        class K2:
            attr = b.m(x, k=b)
            def meth(self):
                pass
                c += f(a, y)
                a = [c, -1]
    while a.m(c, k=a):
        try:
            y = (-y)
            y = c.m((None == ()), k=y)
        except ValueError as err:
            continue
            a += [b, 10]
            f((not b))
        finally:
            x, b = (c is y), c[f'{c}-{b!r}']
if ((None < b <= f'{a}-{y!r}') < b <= x):
    c = y[f((-c), (lambda q: q + a))]
    def k(a):
        def g(*args, c):
            pass
del a
