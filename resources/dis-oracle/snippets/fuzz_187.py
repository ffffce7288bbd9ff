def outer(a, b, c, x, y):
    f(c[(lambda q: q + a)])
    del c
    return a
