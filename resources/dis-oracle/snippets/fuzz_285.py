def outer(a, b, c, x, y):
    del x
    import os.path as y
    return a
