def outer(a, b, c, x, y):
    y = [(1, 2), [c for x in 1 if (True < y <= x)]]
    c = a.m(y, k=True)
    return a
