def outer(a, b, c, x, y):
    pass
    c += (f'{a}-{y!r}', *1)
    import os.path as a
    return a
