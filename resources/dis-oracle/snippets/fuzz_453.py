def outer(a, b, c, x, y):
    c = {*a[2], (lambda q: q + a)}
    c = (((not x) is [y for c in b if 10]), *(a < 2.5 <= 10))
    a = (x if True else x)
    pass
    del b
    del y
    return a
