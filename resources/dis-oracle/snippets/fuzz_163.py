def outer(a, b, c, x, y):
    a = f'{c}-{y!r}'
    import os.path as y
    y = a = (y and x)
    f({c: c[10]})
    return a
