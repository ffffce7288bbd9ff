def outer(a, b, c, x, y):
    y, b = (not x), (-2.5)
    pass
    x, y = f'{b}-{x!r}', (c if (not 10) else x)
    return a
