def outer(a, b, c, x, y):
    del a
    del y
    raise ValueError((a or y))
    return a
