def outer(a, b, c, x, y):
    a = [a for c in y if 0]
    a = a = c[(not c)]
    y, *a = x.m(y, k=f(y, x))
    return a
