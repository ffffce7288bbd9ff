def outer(a, b, c, x, y):
    pass
    if (() == x):
        assert (x + b), (not x.m(c, k=None))
        c, c = (not c), (not ['s', b])
    else:
        a += {(lambda q: q + y): a}
    return a
