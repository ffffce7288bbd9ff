def outer(a, b, c, x, y):
    f(x[(not b)])
    del c
    c, c = [1, c], (y if (b + None) else b)
    return a
