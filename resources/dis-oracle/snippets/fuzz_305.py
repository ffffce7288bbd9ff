def outer(a, b, c, x, y):
    del b
    class K0:
        attr = f'{a}-{b!r}'
        def meth(self):
            def gen(y, *rest):
                yield from (() + c)
                def h(a, b=1):
                    nonlocal_target = f(y.m(b, k=a), c)
                    f({x for x in (lambda q: q + y) if x})
                    pass
                    y = y[(b + a):(-(1, 2))]
                with f((0 + c), f'{b}-{a!r}') as x:
                    pass
                    return ('s' + a)
                yield (y, rest)
            if (b := (lambda q: q + ())):
                if (((a if x else y) + c) if (-c) else y):
                    b += (-(x != b))
                    c += x.m((x and c), k=True)
                else:
                    f(a[(x if c else c)])
                    return (f(y, 2.5) + f'{b}-{y!r}')
                    f((-y))
                b = {**[y for x in f(b, c) if (y < () <= b)], 'k': (lambda q: q + c), **{}}
                b = [*b[[x for a in a if None]], [c for y in {x: x} if True], *()]
            try:
                f((-[a, b]))
            except ValueError as err:
                class K2:
                    attr = b[::b]
                    def meth(self):
                        f([y, a])
                        return (not 2.5)
                        pass
                del x
                def inner():
                    nonlocal y
                    y = (b < x <= (lambda q: q + b))
                    return y
            finally:
                for y in (not None):
                    c += [(-b), f'{x}-{x!r}']
                    f(a.m((c or None), k=y))
    b = c = ((not b) != (True if True else x))
    def g(a):
        @f
        @a.m({c: 2.5})
        def deco_target(q=(c := 0), *, r=lambda: a):
            import os.path as c
            del y
            yield (-0)
    return a
