def outer(a, b, c, x, y):
    y += {(c is not a): y}
    f((2 + [c, a]))
    f((b == {a: a}))
    return a
