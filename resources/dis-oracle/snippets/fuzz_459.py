def outer(a, b, c, x, y):
    @f
    @b.m([c.m(y, k=c), x])
    def deco_target(q=(not (x and None)), *, r=lambda: b):
        while ((a + (b + x)) if a else b):
            with f(f'{c}-{y!r}') as a, f(((not x) + f(c, y))):
                return f'{c}-{y!r}'
                f({x for x in (lambda q: q + c) if x})
                f(f'{y}-{x!r}')
            class B1(K0 if x else object):
                def __init__(self, v=c[{a: a}]):
                    super().__init__()
                    b += ((a if a else a) if b else a.m(y, k=c))
                    pass
                def get(self):
                    return __class__, self
    with c.m(x.m(y, k=a), k=[a, x]) as b:
        def k(x, /, y=2, **kw):
            nonlocal_target = (-[c, y])
            x, *c = [True, [c for c in c if (1, 2)]]
            for c in (a + (c or y)):
                return (c := (lambda q: q + y))
            for x in y.m((-1 in b), k=a):
                y = {x: (1, 2)}
                c = (lambda q: q + {{a: True}: c})
                return y.m(2, k=b)
        while y[(1 if y else None):y]:
            raise ValueError({c: a})
            def h(x, /, y=2, **kw):
                c += (x if (-a) else (c is x))
                return [b for a in x if y]
                return y[[x for b in b if b]]
    if f(*True, **(b + f'{y}-{y!r}')):
        b += (not b)
    else:
        class B1(K0 if b else object):
            def __init__(self, v=f'{c}-{y!r}'):
                super().__init__()
                pass
            def get(self):
                return __class__, self
        a = y.m(a, k={True: b})
        try:
            class K1:
                attr = b[(a + True)]
                def meth(self):
                    f(a[::(a or x)])
        except ValueError as err:
            c = {**([b for c in x if c] < a), 'k': [f(y, x), 's'], **{}}
            c = [*((-1 + c) < x <= (x in x)), f'{x}-{y!r}', *()]
    class B1(K0 if b else object):
        def __init__(self, v=(f'{b}-{y!r}' + x)):
            super().__init__()
            with f(((b and y) is not a)) as b, f(((b if c else True) if (not x) else a)):
                for a in (y + -1):
                    b += (a[2] if (lambda q: q + c) else 10)
                    c = [a for b in x if [y, (not y)]]
                    return f((not x), y)
                else:
                    f((lambda q: q + y))
            y, *x = (not (lambda q: q + a))
            for a in ('s' < (-c) <= 10):
                def inner():
                    nonlocal x
                    x = [b for c in None if 2.5]
                    return x
                while (c[b], *a):
                    f((-(lambda q: q + b)))
                    x += [a for b in (lambda q: q + ()) if y]
                    y += f'{x}-{c!r}'
            else:
                with (c + y.m(b, k=b)) as y:
                    f(a.m((not y), k=a))
                    f((not x))
                    return [c for a in b if b]
                f((not 1))
                x.attr += f(b, c)
                x[(lambda q: q + [x, c])] -= 1
        def get(self):
            return __class__, self
    if (y := (not 0)):
        try:
            if (c := (not (b != a))):
                x = ((-'s') if 0 else (not c))
            def gen(b, *rest):
                yield from [a for a in (x is not x) if (lambda q: q + 2.5)]
                pass
                return f'{c:>{b}}'
                x = ['s', f'{c}-{b!r}']
                yield (b, rest)
        finally:
            pass
        def gen(y, *rest):
            yield from [x, (not 0)]
            def gen(b, *rest):
                yield from f'{a}-{x!r}'
                return {y: 2 for y in [b for x in b if a]}
                yield (b, rest)
            yield (y, rest)
    return a
