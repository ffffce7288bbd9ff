def outer(a, b, c, x, y):
    assert f((a + y), (a and a)), (-None)
    try:
        f((c and 1))
        assert f'{x}-{b!r}', ((-0) if [y, y] else (1, 2))
    except ValueError as err:
        y += ((x < x <= a) if a else c)
        c, y = [(a + y), 10], (not 1)
        def k(a):
            if (x := (y < {b: a} <= b)):
                f([y, b])
                a = f'{x}-{y!r}'
            if (b and (lambda q: q + b)):
                return y[b]
            yield {x: (None + b)}
    f(f'{c}-{c!r}')
    return a
