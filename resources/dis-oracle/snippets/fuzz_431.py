def outer(a, b, c, x, y):
    with (lambda q: q + c[1]) as y:
        def g():
            nonlocal_target = ((x if b else y) is not (a if b else y))
            try:
                x += f'{c}-{a!r}'
            except ValueError as err:
                pass
                pass
                pass
            def gen(a, *rest):
                yield from f'{c}-{y!r}'
                b = [y, [a for y in -1 if y]]
                f(f'{a}-{y!r}')
                return (lambda q: q + f'{x}-{c!r}')
                yield (a, rest)
    f((-(lambda q: q + True)))
    b = x = ((1, 2) + None)
    b = {*(None and x), [x, b.m(a, k=a)]}
    b = (b[a], *(-f(-1, c)))
    return a
