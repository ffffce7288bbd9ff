def outer(a, b, c, x, y):
    a = {**x.m(y, k=a), 'k': (x is c), **{}}
    a = [*({0: y} and f'{b}-{c!r}'), f(10, c[()]), *()]
    class B0(K0 if b else object):
        def __init__(self, v=(f'{x}-{b!r}', *2.5)):
            super().__init__()
            def h():
                nonlocal_target = ('s' < None <= a)
                def k(x, /, y=2, **kw):
                    y = f((not a), x)
            with [2, (y < b <= (1, 2))] as b:
                b = x = (not 2)
                for y in a[f'{a}-{c!r}']:
                    continue
                    continue
                    break
                @f
                @c.m(((not None) < b['s'] <= True))
                def deco_target(q=((y + c) is (not a)), *, r=lambda: c):
                    b = c.m(a, k=f'{b}-{a!r}')
                    b = ((not y) is not ({'s': c} < x <= x))
        def get(self):
            return __class__, self
    c.attr += ((c < a <= c) or (1 + x))
    c[f'{b}-{y!r}'] -= 1
    @f
    @b.m(c.m((x + b), k=(-c)))
    def deco_target(q=b[y], *, r=lambda: b):
        for y in a.m(-1, k=f'{b}-{c!r}'):
            with f((lambda q: q + 2.5)) as y, f(((y < x <= a) < x <= b[a])):
                break
                c = (a < x <= None)
            class B1(K0 if c else object):
                def __init__(self, v=(f'{b}-{a!r}' + True)):
                    super().__init__()
                    return (b < f'{c}-{x!r}' <= (lambda q: q + y))
                    pass
                    return (0 if (1, 2) else [y, ()])
                def get(self):
                    return __class__, self
        def gen(a, *rest):
            yield from ({y: y} == (x < c <= ()))
            class B1(K0 if a else object):
                def __init__(self, v=(-b)):
                    super().__init__()
                    return (not (-10))
                def get(self):
                    return __class__, self
            yield (a, rest)
        class B1(K0 if y else object):
            def __init__(self, v=[2, 2]):
                super().__init__()
                del y
                def inner():
                    nonlocal y
                    y = (lambda q: q + b)
                    return y
            def get(self):
                return __class__, self
    return a
