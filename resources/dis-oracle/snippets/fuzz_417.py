def outer(a, b, c, x, y):
    c = {**((-b) and y), 'k': ((1, 2) if (a < y <= 2.5) else x), **{}}
    c = [*[a[2.5], y], a.m((b and y), k=True), *()]
    c = b = f'{c}-{x!r}'
    return a
