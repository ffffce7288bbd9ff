def outer(a, b, c, x, y):
    pass
    b.attr += a[f'{c}-{y!r}']
    b[(-1)] -= 1
    return a
