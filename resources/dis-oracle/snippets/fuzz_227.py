def outer(a, b, c, x, y):
    f([[b, a], y.m(c, k=c)])
    b += [a, b]
    return a
