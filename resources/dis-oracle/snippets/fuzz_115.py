def outer(a, b, c, x, y):
    a, x = (-10), b.m((y if y else b), k=x)
    del y
    assert [[a, b], [y, 2.5]], x[f(b, y)]
    del c
    x, b = ([c for x in 10 if y] if (x and 2) else c), f'{b}-{x!r}'
    return a
