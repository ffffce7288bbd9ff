def outer(a, b, c, x, y):
    class B1(K0 if y else object):
        def __init__(self, v=(a or (c or c))):
            super().__init__()
            def inner():
                nonlocal c
                c = [a for a in f'{x}-{x!r}' if (x < y <= b)]
                return c
            for c in (b or c):
                c = (-y)
                yield [(c in None), 1]
                with {y: True for y in y} as y:
                    y += (-[c for x in x if c])
            else:
                f(((c == b) if a else 's'))
                c = a = [y for x in (x < b <= y) if -1]
            raise ValueError(y[f'{b}-{c!r}'])
        def get(self):
            return __class__, self
    for b in (lambda q: q + y):
        b, *y = {f(y, b): (lambda q: q + y)}
        class B0(K0 if y else object):
            def __init__(self, v=['s', f'{x}-{y!r}']):
                super().__init__()
                import os.path as b
                try:
                    return (lambda q: q + a)
                    y = f'{b:>{(1, 2)}}'
                    b += (not {-1: b})
                finally:
                    pass
                    x = (c < ((b + x) and a))
            def get(self):
                return __class__, self
        class B0(K0 if x else object):
            def __init__(self, v={(-2.5): x}):
                super().__init__()
                c = f'{x}-{y!r}'
                return f'{c}-{c!r}'
            def get(self):
                return __class__, self
    a = c = {y: (x in y) for y in x}
    @f
    @x.m(f((lambda q: q + c), *10, k=a))
    def deco_target(q=[y for x in a if (-b)], *, r=lambda: x):
        class K1:
            attr = f((not y), f(x, y))
            def meth(self):
                @f
                @x.m(x[y:x])
                def deco_target(q=(not (-a)), *, r=lambda: x):
                    return x.m(y, k=a)
                    pass
                    return f(a, y)
                del x
                c.attr += ((() + y) + (c and b))
                c[y.m(b.m(1, k=x), k=x)] -= 1
        while ((('s' < 2 <= x) or b) in None):
            class K1:
                attr = (c < b)
                def meth(self):
                    a += ([y, y] or a)
        y, *x = [(not a), c.m('s', k=y)]
    import os.path as a
    return a
