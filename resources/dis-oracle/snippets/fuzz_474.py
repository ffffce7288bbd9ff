while (not 1):
    with f((c + b.m(c, k=a))) as b, f((None in c[c])):
        b, y = ((x or c) < x[x] <= x), (not 's')
        @f
        @b.m((not f(c, a)))
        def deco_target(q=c[(1, 2)], *, r=lambda: b):
            return {c for c in (lambda q: q + y) if c}
    @f
    @x.m(f'{y}-{a!r}')
    def deco_target(q=(-1 < (lambda q: q + x) <= True), *, r=lambda: x):
        while f(c, x):
            x = ([x, (a and x)] + b)
            c += [a, (c and b)]
            f(f'{c}-{a!r}')
        def gen(y, *rest):
            yield from (x and (-b))
            f((10 and True))
            x = f'{a}-{x!r}'
            pass
            yield (y, rest)
        try:
            f((c if (lambda q: q + b) else x))
        finally:
            b += ((1, 2) if (lambda q: q + x) else (b < c <= y))
    with f(f'{y}-{a!r}') as c, f(((a if a else y) in (y < x <= a))):
        with f(b[y]) as a, f([x, (lambda q: q + x)]):
            break
import os.path as c
for c in y[1]:
    assert {-1: x}, (-(0 < a <= c))
    assert (-x), (y.m(True, k=y) and (b is y))
else:
    b.attr += b.m([a, x], k=b)
    b[{{c: a}: {(1, 2): ()}}] -= 1
    del b
    f([a for a in b if c])
for c in (not y):
    @f
    @c.m([b for y in c if c])
    def deco_target(q={y: x}, *, r=lambda: c):
        class K2:
            attr = f'{b}-{x!r}'
            def meth(self):
                b = (0 and (x + c.m(y, k=b)))
                x = (x is 1)
                c = (a < 's' <= f'{a:>{(1, 2)}}')
else:
    @f
    @c.m(f'{a}-{y!r}')
    def deco_target(q=(y + b), *, r=lambda: c):
        if (a := (lambda q: q + 2.5)):
            f((a := (y or x)))
        for x in [f'{b}-{x!r}', x]:
            continue
class K0:
    attr = ((x + c) if a else (y and None))
    def meth(self):
        import os.path as b
        def h(x, /, y=2, **kw):
            def k(a):
                f({f'{c}-{a!r}': y})
                x += ((lambda q: q + x) + [x, True])
            y.attr += (lambda q: q + b)
            y[(True + 0)] -= 1
            def gen(b, *rest):
                yield from {(a is True): x}
                x = (lambda q: q + 1)
                yield (b, rest)
