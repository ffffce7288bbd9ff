def outer(a, b, c, x, y):
    import os.path as y
    c = {*(not f'{c}-{x!r}'), (lambda q: q + c)}
    c = ([a for c in y if True], *[b for a in 1 if 2.5])
    return a
