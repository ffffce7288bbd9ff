def outer(a, b, c, x, y):
    pass
    x = y = (lambda q: q + b)
    return a
