def outer(a, b, c, x, y):
    del y
    assert {x.m(True, k=y): 1}, (not (2.5 < b))
    return a
