def outer(a, b, c, x, y):
    with (c and (1, 2)) as a:
        f((x if y else x))
        assert f(a, y), c[(None and x)]
        while -1:
            assert {(-y): f(c, b)}, (lambda q: q + 1)
    try:
        with ((x != a) is not c) as b:
            assert (b.m(c, k=a) + y), [a for y in (y < None <= c) if (c if y else 2.5)]
            x = ((not f'{x}-{a!r}') < x)
    except (KeyError, TypeError):
        pass
        try:
            del c
        except ValueError as err:
            if (f'{x}-{a!r}' + (-y)):
                x += c.m((1, 2), k=b)
            else:
                y, x = (lambda q: q + x.m(0, k=2)), (c + (c if y else 's'))
                pass
            c += (y[a] + a.m(c, k=y))
            x, b = f(a, a), (lambda q: q + a)
    else:
        pass
        while [a for x in y if b[x]]:
            a, b = (lambda q: q + f'{a}-{y!r}'), (-b)
        x = (c or y)
    f((a.m(x, k=1) < c <= 2.5))
    x, x = ((1, 2) < f'{x}-{c!r}' <= 10), (a and (c != c))
    del x
    return a
