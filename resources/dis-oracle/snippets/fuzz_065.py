def outer(a, b, c, x, y):
    assert b.m((lambda q: q + a), k=b), c
    a += (not (y or x))
    return a
