def outer(a, b, c, x, y):
    a = (x if ((y + c) if 10 else 0) else x.m(a, k=(-a)))
    del c
    assert c, f'{x}-{a!r}'
    return a
