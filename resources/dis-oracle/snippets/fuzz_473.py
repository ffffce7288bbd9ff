def outer(a, b, c, x, y):
    class B0(K0 if y else object):
        def __init__(self, v={(lambda q: q + a): f(x, b)}):
            super().__init__()
            pass
        def get(self):
            return __class__, self
    try:
        while (lambda q: q + x):
            class B1(K0 if c else object):
                def __init__(self, v=f(y, b)):
                    super().__init__()
                    x = (-(not x))
                def get(self):
                    return __class__, self
            try:
                a = (lambda q: q + c)
                a, x = f((b + y), b), (2 < 2 <= (1, 2))
                y, c = (lambda q: q + 's'), (-y)
            finally:
                f(((a if 1 else c) is not ((1, 2) if y else y)))
                x += b.m((x < y), k=c)
                y += f(0, (y if c else y))
            x = (-{(not x): (1, 2)})
        a.attr += (-1 == b)
        a[{y: 10}] -= 1
    except:
        def h(x, /, y=2, **kw):
            nonlocal_target = ((-x) or y)
            del c
            with f((c and (1, 2))) as y, f((lambda q: q + x)):
                return (0 < True <= (x + True))
        @f
        @x.m(b[x[y]])
        def deco_target(q=f(*(b != a), **c[c]), *, r=lambda: x):
            def g():
                nonlocal_target = (lambda q: q + (-1 != b))
                pass
            a.attr += y.m(c, k=y[b])
            a[(a and (y in b))] -= 1
            if (y := [b for a in c if y]):
                pass
    del c
    for x in (not (-b)):
        c, *c = ([c for y in 2 if a] if a else y)
        f((b and a))
        @f
        @b.m(([y for b in b if 10] if f'{c}-{b!r}' else c))
        def deco_target(q=c.m(y, k=a), *, r=lambda: b):
            del x
            a = {*{(y and y): 1}, ([a for x in y if x] + [c for c in x if a])}
            a = ((a.m(x, k=y) + y), *x.m(10, k=f'{c}-{b!r}'))
            @f
            @y.m([[a for y in y if b], f'{x}-{c!r}'])
            def deco_target(q=(b.m(b, k=x) is not x), *, r=lambda: y):
                pass
                f([c for a in () if None])
                pass
    return a
