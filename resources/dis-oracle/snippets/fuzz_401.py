def outer(a, b, c, x, y):
    if ((x and f'{b}-{y!r}') + [a for b in x if y]):
        @f
        @x.m(f'{a}-{b!r}')
        def deco_target(q=f'{c}-{b!r}', *, r=lambda: x):
            class B1(K0 if y else object):
                def __init__(self, v=f'{x}-{y!r}'):
                    super().__init__()
                    return ((-c) if (not y) else (1, 2))
                    x += (not c[x])
                def get(self):
                    return __class__, self
        x, a = (2.5 == 's'), (lambda q: q + (b in True))
    else:
        class K0:
            attr = [(y if c else a), (b if a else a)]
            def meth(self):
                y = {**((-a) in None), 'k': [x, (1, 2)], **{}}
                y = [*f(x, [10, x]), ((lambda q: q + x) if c else y), *()]
                pass
    if f'{a}-{x!r}':
        with [c for x in [a, b] if (c if x else y)] as b:
            if (c := (() or f(y, c))):
                a, x = y[a], (-2)
                a = ((y + (1, 2)) + y)
            f({(c + 10): b})
            c = x = ((y + a) < (lambda q: q + 10) <= b)
    else:
        def gen(y, *rest):
            yield from (10 < y <= (x or c))
            def gen(c, *rest):
                yield from (-b)
                c += [c for c in -1 if None]
                yield (c, rest)
            yield (y, rest)
        for c in (True is not x.m(x, k=2.5)):
            b = {*((lambda q: q + y) + [a for c in y if True]), [b, c]}
            b = ((x if y.m('s', k=y) else c), *{(a if b else b): 1})
            with (lambda q: q + f(c, True)) as a:
                f((lambda q: q + b))
    y = {**a[y], 'k': (c if (lambda q: q + 1) else x), **{}}
    y = [*a.m(None, k=y), x.m(a, k=2.5), *()]
    x = x = f(1, f'{c}-{x!r}')
    return a
