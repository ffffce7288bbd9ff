def outer(a, b, c, x, y):
    y, *b = ([x, x] and c)
    y = [b, x[0]]
    x, *y = {0: 10}
    assert (a := b), {(): b}
    return a
