def outer(a, b, c, x, y):
    def gen(a, *rest):
        yield from (x is not 2)
        f((lambda q: q + y))
        c.attr += [b for y in b if (c if b else y)]
        c[((10 if b else 2) + (10 if b else b))] -= 1
        yield (a, rest)
    if (b := (10 < (a + a) <= y)):
        def gen(c, *rest):
            yield from (lambda q: q + [-1, a])
            del x
            x.attr += (-(c + 's'))
            x[(lambda q: q + [x, c])] -= 1
            x += (b if [a, ()] else b)
            yield (c, rest)
        x.attr += y[y.m(None, k=c)]
        x[b[b]] -= 1
    with [[x for y in c if b], y] as b:
        @f
        @a.m(f((lambda q: q + y), {2.5: c}))
        def deco_target(q=(x and a), *, r=lambda: a):
            f(f'{y:>{(a + x)}}')
            y = (lambda q: q + b)
        if (-y.m(x, k=(x and 1))):
            x = c = f'{x}-{c!r}'
            pass
        while f'{a}-{x!r}':
            y = f(a.m((x if a else b), k=x), c.m((b in c), k=x))
            @f
            @x.m((f(10, a) or a))
            def deco_target(q=(x + 1), *, r=lambda: x):
                return f(b, c)
            b = {*(b < a.m(c, k=(1, 2)) <= (c if x else -1)), x[::()]}
            b = (f(y.m(b, k=0), b), *f(10, {x: x}))
    return a
