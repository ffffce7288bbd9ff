def outer(a, b, c, x, y):
    @f
    @x.m(x[b:y])
    def deco_target(q=f((c if x else a), (not c)), *, r=lambda: x):
        for c in f((a or y), *(() in c), k=(b + c)):
            def inner():
                nonlocal b
                b = (c + c[1])
                return b
        else:
            with (-x.m(a, k=b)) as x:
                pass
                f([x, [c, a]])
            b = b = (-f(2, b))
            raise ValueError((-()))
    with f'{a}-{b!r}' as a:
        x, *c = (y if [x for y in a if 2] else f'{b}-{a!r}')
        if (y := {10: 0}):
            def gen(a, *rest):
                yield from {y: y.m(x, k=y)}
                f((not y.m(c, k=c)))
                yield (a, rest)
        if (c := [x for c in (y == x) if (None is not 1)]):
            f(((c + y) and (-a)))
            b = c = (a if x else {c: b})
            if (b := (c := c)):
                b = ((lambda q: q + a) or x)
    if (b := f'{c}-{y!r}'):
        x = {*f'{x}-{a!r}', {(): x}}
        x = (y.m(a, k=y), *b[::c])
    @f
    @x.m((True if (x if c else 2.5) else x))
    def deco_target(q=f([y, c], x), *, r=lambda: x):
        f([y, (a and 0)])
        def inner():
            nonlocal b
            b = ((2 + c) is b)
            return b
    y = {**f((0 != True), b), 'k': ((not b) is not f'{b}-{y!r}'), **{}}
    y = [*[y for a in b if x], f'{y}-{x!r}', *()]
    return a
