def outer(a, b, c, x, y):
    assert f'{c}-{x!r}', (x + (c + b))
    c += (-(c or x))
    import os.path as y
    return a
