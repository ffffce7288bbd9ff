def outer(a, b, c, x, y):
    y, c = (-c), x[f(b, (1, 2))]
    x, y = (a if 10 else c), (not c)
    pass
    return a
