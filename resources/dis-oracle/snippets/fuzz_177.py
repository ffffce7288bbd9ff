def outer(a, b, c, x, y):
    assert ('s' if (a or c) else b), (-(y or b))
    y.attr += x.m(1, k=[c for y in x if c])
    y[(a < 2 <= f'{b}-{b!r}')] -= 1
    x, *a = [b, a]
    return a
