def outer(a, b, c, x, y):
    def g():
        def g(a):
            nonlocal_target = ((not a) < b)
            x = [2, a]
            while (b and -1):
                f([y, b])
                y += f'{b}-{y!r}'
                f((a < None <= f'{b}-{c!r}'))
            yield (f'{y}-{a!r}' if y else (x + x))
        def inner():
            nonlocal a
            a = (-x)
            return a
    def k(*args, c):
        b = y = c[b]
    del a
    while f((), (1 if c[a] else (-1 if c else y))):
        assert (lambda q: q + -1), ({b: b} or c)
        a += f(f'{y}-{y!r}', a)
    c = [c, [x for y in {x: c} if y]]
    return a
