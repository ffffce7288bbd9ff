def outer(a, b, c, x, y):
    def k(*args, c):
        with f(((not c) if True else (a and a))) as b, f((() if b else (b and c))):
            return f([-1, 1], 's')
            @f
            @a.m({(x and a): [c, 2.5]})
            def deco_target(q=b.m((not c), k=-1), *, r=lambda: a):
                f(f(a, ()))
    b = [(y + f(b, (1, 2))), y]
    with f([c for y in b if (2 + y)]) as a, f(x.m(10, k=y)):
        class K2:
            attr = f'{x}-{a!r}'
            def meth(self):
                del a
                with f({y: 10}) as a, f(b.m(y, k=f(y, y))):
                    f(b[y])
                    c += [c for y in a if y]
                    pass
        def k(a, b=1):
            nonlocal_target = ((lambda q: q + a) < b[a])
            def h():
                nonlocal_target = (not (-2))
                pass
                a += (y, *b)
    return a
