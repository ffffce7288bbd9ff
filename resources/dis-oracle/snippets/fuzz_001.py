def outer(a, b, c, x, y):
    x, c = ((1, 2) if b[c] else (y < y)), {[a, a]: [b for c in 10 if x]}
    pass
    assert y[y], (--1)
    f((not y))
    return a
