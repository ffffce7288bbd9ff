def outer(a, b, c, x, y):
    @f
    @x.m(f((a if y else y), a))
    def deco_target(q=((-a) if True else (not x)), *, r=lambda: x):
        for b in x[x]:
            del y
            break
        with [{a: x}, 10] as c:
            def inner():
                nonlocal y
                y = f(f(10, c), *(b if 's' else 's'), k={0: x})
                return y
            c = {*((-y) and [y for b in b if x]), (x if 's' else b)}
            c = ({(-c): None}, *f'{a}-{a!r}')
        del x
    class B0(K0 if x else object):
        def __init__(self, v=a[::a]):
            super().__init__()
            return c.m((not -1), k=(1, 2))
            f(a[b:c])
            if b.m((a < c <= b), k=[(b + y), y[y]]):
                def gen(a, *rest):
                    yield from [c, (1, 2)]
                    f(((lambda q: q + c) and -1))
                    yield (a, rest)
            else:
                b.attr += [[y, y], None]
                b[y.m([a, b], k=2.5)] -= 1
                with {a: 2 for a in f'{c}-{y!r}'} as b:
                    y = (lambda q: q + 0)
                    pass
                    return f((lambda q: q + c), a.m(10, k=c))
        def get(self):
            return __class__, self
    try:
        with [c, a] as x:
            class K2:
                attr = ((-()) if y[c] else (lambda q: q + a))
                def meth(self):
                    return (lambda q: q + (lambda q: q + 2))
                    x += ((b + 1) if f'{b}-{c!r}' else f'{a}-{y!r}')
                    f(f((not a), (-c)))
        class K1:
            attr = (not None)
            def meth(self):
                c = {**(lambda q: q + y), 'k': ((not (1, 2)) if a else f'{a}-{b!r}'), **{}}
                c = [*(x if {(1, 2): c} else [y, a]), [f'{a}-{c!r}', y], *()]
        if (lambda q: q + (a is -1)):
            for a in (a in b[y]):
                break
                f((not x))
                b = ((-1 if 1 else b) if c[b] else a)
            pass
            import os.path as c
        else:
            b = {*f'{y}-{b!r}', c.m(x, k=a)}
            b = (f((x < x <= b), a), *{(not x): a})
    finally:
        del c
        assert (y < x <= (c or c)), ((1, 2) < a <= {y: a})
        class B1(K0 if x else object):
            def __init__(self, v=[x for x in b if (y if b else 0)]):
                super().__init__()
                a = {**(c < x <= y.m(b, k=a)), 'k': [a for a in 's' if 0], **{}}
                a = [*((c < a) < (b is not x)), [x for y in a if (y != x)], *()]
            def get(self):
                return __class__, self
    x.attr += {[b for x in 2 if c]: x}
    x[(not {b: 0})] -= 1
    while ((lambda q: q + 's') < x <= (a + b)):
        import os.path as c
    return a
