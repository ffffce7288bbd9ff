def outer(a, b, c, x, y):
    y, a = [f'{a}-{c!r}', (0 < c <= x)], (lambda q: q + None)
    pass
    y = c[[x, 1]]
    with f((-c)) as x, f([(1, 2), c]):
        x = (c[c] and (a is not 's'))
    return a
