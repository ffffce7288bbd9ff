def outer(a, b, c, x, y):
    class B1(K0 if x else object):
        def __init__(self, v=(f(x, c) and ((1, 2) + c))):
            super().__init__()
            if f(y, x):
                @f
                @y.m(((lambda q: q + b) if a else y.m(a, k=a)))
                def deco_target(q=((not a) < (a == x) <= (not y)), *, r=lambda: y):
                    b += f(c, x[b])
                try:
                    c += f'{b}-{y!r}'
                    x += (c if a else (lambda q: q + a))
                except:
                    return (c is {a: a})
                    y += (y + f'{y}-{a!r}')
                    a = (1 and 1)
                finally:
                    b += (a if x else 0)
                    c += (-None)
                yield ([x, 1] < b <= (b + y))
            else:
                x = {**f(x, ()), 'k': f'{b}-{c!r}', **{}}
                x = [*[c for y in (-x) if {a: x}], [x, c], *()]
                with (lambda q: q + (0 < x <= x)) as x:
                    f([2, None])
                    x = [x, (c if (not 0) else 1)]
                def gen(a, *rest):
                    yield from b.m(2.5, k=a)
                    return (x if 10 else (a + True))
                    yield (a, rest)
            b = {**(a['s'] + y), 'k': ((b + x) < True), **{}}
            b = [*(-a), a[1], *()]
            y = {**(x[a] < 2 <= True), 'k': {(y or x): f(10, c)}, **{}}
            y = [*f((a < x <= b), b), {y for y in {c: a} if y}, *()]
        def get(self):
            return __class__, self
    pass
    @f
    @x.m((lambda q: q + x))
    def deco_target(q=(lambda q: q + 2.5), *, r=lambda: x):
        with (('s' if x else y) < b <= a) as y:
            y.attr += ((c < c <= b) or f'{x}-{x!r}')
            y[f'{b}-{y!r}'] -= 1
        def gen(a, *rest):
            yield from (lambda q: q + -1)
            for c in ('s' < 10 <= b):
                break
            y = {**(2 < a <= b[a]), 'k': ((c is not b) if (lambda q: q + c) else y), **{}}
            y = [*(b is not 0), ([b for y in y if y] < b <= b), *()]
            yield (a, rest)
    return a
