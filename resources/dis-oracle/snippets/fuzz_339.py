def outer(a, b, c, x, y):
    a += f((c < y), f'{b}-{c!r}')
    try:
        x, a = [a for a in (1, 2) if 1], {a: y}
    except ValueError as err:
        c = {**f'{c}-{y!r}', 'k': (b or (a < x <= c)), **{}}
        c = [*x.m((b < a <= -1), k=(x + b)), {10: c}, *()]
        class B0(K0 if y else object):
            def __init__(self, v=((lambda q: q + y) and x)):
                super().__init__()
                if f'{y}-{x!r}':
                    x = (y if (lambda q: q + c) else f((c and c), a))
                else:
                    f((-(10 == x)))
            def get(self):
                return __class__, self
    class B0(K0 if a else object):
        def __init__(self, v=(lambda q: q + f(y, y))):
            super().__init__()
            if (b := (0 is y)):
                if f(a, x):
                    f(f'{y}-{b!r}')
                    pass
                    pass
            while b.m([[y, a], y[2.5]], k=0):
                while (f'{x}-{c!r}' < (a if (y == b) else True)):
                    break
                class B0(K0 if y else object):
                    def __init__(self, v=[x[c], ()]):
                        super().__init__()
                        c = (f((x or a), b) in ((-y) in b[y]))
                        pass
                        y = (sum(x for x in (-y)), *((1, 2) if (-y) else (lambda q: q + a)))
                    def get(self):
                        return __class__, self
                while {b.m(c, k=a): {True: a}}:
                    x += [a for c in (a + x) if a.m(1, k=x)]
            try:
                b = {**((not b) < None <= (-())), 'k': f(y, c), **{}}
                b = [*(not a), f'{b}-{y!r}', *()]
                import os.path as y
            except (KeyError, TypeError):
                def inner():
                    nonlocal x
                    x = (2 + [a, x])
                    return x
            else:
                del a
                pass
                yield {f(x, a): x[y]}
        def get(self):
            return __class__, self
    raise ValueError((-b))
    return a
