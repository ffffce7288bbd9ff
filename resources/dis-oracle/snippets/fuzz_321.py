def outer(a, b, c, x, y):
    f((None in y))
    y, c = (-x), f'{x:>{-1}}'
    return a
