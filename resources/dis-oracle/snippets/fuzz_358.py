try:
    pass
    class B1(K0 if y else object):
        def __init__(self, v=y.m(f('s', x), k=f'{a}-{a!r}')):
            super().__init__()
            if (a := f'{b}-{x!r}'):
                return b.m(c, k=c.m(y, k=x))
                pass
                a = a[(c + x)]
            def g(x, /, y=2, **kw):
                pass
                a = f((x.m(a, k=c) < 10 <= (b and y)), f'{a}-{c!r}')
        def get(self):
            return __class__, self
    def gen(c, *rest):
        yield from (-True)
        while c.m((lambda q: q + x), k=x):
            c = f({(lambda q: q + -1): (1, 2)}, None)
            x = {a: 2 for a in x}
            continue
        y = {*a[c], f((1, 2), f(a, a))}
        y = ((-(a and c)), *x.m(None, k=(y or b)))
        yield (c, rest)
except ValueError as err:
    try:
        def g(x, /, y=2, **kw):
            y = [a, (lambda q: q + b)]
            return a.m((b if x else c), k=(1, 2))
            y += f(a, [c for b in a if y])
        with x.m(b, k=b.m(x, k=a)) as a:
            y = [b for y in [y for y in 2 if (y is not -1)] if 's']
    except ValueError as err:
        with f((1 if c else (not b))) as b, f((lambda q: q + x)):
            pass
            a += (a if 2 else a)
            a = (lambda q: q + b)
        while [b, (1, 2)]:
            a = y.m((lambda q: q + a), k=(c := y))
            c = (b if x.m(f'{b}-{c!r}', k=c) else b)
        if (x := f(*{c: b}, **[b for x in 0 if b])):
            a, x = (y or ()), ((-c) + b)
            f((y.m(b, k=2) < (b is a) <= (c + c)))
finally:
    x = {*(-y), (lambda q: q + 's')}
    x = ((None < c <= b), *c[a:(c in y)])
    x, b = ((0 if c else y) if x else 10), (b < (lambda q: q + a))
    b = b = f(b, {0: a})
del b
