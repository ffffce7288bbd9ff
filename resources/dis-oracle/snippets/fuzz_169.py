def outer(a, b, c, x, y):
    del a
    b = b = y[(y < y)]
    c, a = c[True], ({a: 's'} < ('s' if x else b) <= 0)
    return a
