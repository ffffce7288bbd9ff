def outer(a, b, c, x, y):
    b += (y := x)
    import os.path as a
    return a
