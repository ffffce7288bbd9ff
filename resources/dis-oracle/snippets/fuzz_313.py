def outer(a, b, c, x, y):
    def gen(x, *rest):
        yield from f'{b}-{x!r}'
        class B1(K0 if y else object):
            def __init__(self, v=(-x)):
                super().__init__()
                pass
                b = {*(not c[y]), [f(b, y), [y, (1, 2)]]}
                b = ((y < (not c) <= a), *((lambda q: q + x) and b.m('s', k=a)))
                try:
                    return f'{c}-{c!r}'
                    y += [b for c in x.m(b, k='s') if (a if () else c)]
                finally:
                    y += (not x)
                    return (None if [y for b in None if True] else x)
                    x = f(2.5, [(a != 0), x])
            def get(self):
                return __class__, self
        class K2:
            attr = {x: (not c)}
            def meth(self):
                if (b := f((), y)):
                    f((not ()))
                x = {*(-(x + x)), a[(x < a)]}
                x = ((lambda q: q + 2.5), *(not b[c]))
                if (b := f(y, 10)):
                    f({b: -1})
                    c = (-y)
                    return x.m((b + x), k=f(y, x))
        yield (x, rest)
    for a in f'{a}-{b!r}':
        def h(*args, c):
            x = {**(-c), 'k': ((10 is 's') and [a, c]), **{}}
            x = [*(a or c), (not c), *()]
    else:
        del b
        b += (-1 < y <= [a for a in b if b])
        assert [[2, b], 's'], (f((1, 2), True) or True)
    c, b = [c, (lambda q: q + a)], [b for b in y if {x: a}]
    f(((), *()))
    return a
