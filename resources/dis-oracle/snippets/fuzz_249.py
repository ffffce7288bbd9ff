def outer(a, b, c, x, y):
    x += f((() < True <= a), f(b, 1))
    assert f(c, *c, k=y[(1, 2)]), (() in f(c, (1, 2)))
    y, a = a.m((not x), k=(a != b)), (2 < a <= 's')
    return a
