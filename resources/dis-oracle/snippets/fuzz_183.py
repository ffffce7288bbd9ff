def outer(a, b, c, x, y):
    b = c = f'{c}-{c!r}'
    c = (None + a)
    return a
