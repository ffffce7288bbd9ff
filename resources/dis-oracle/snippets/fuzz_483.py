def outer(a, b, c, x, y):
    a, *y = [-1, (lambda q: q + x)]
    y.attr += (-2)
    y[f(y, b)] -= 1
    return a
