def outer(a, b, c, x, y):
    while (not f(f'{b}-{y!r}', 10)):
        x = (c is not c)
        y.attr += y[[c, 2]]
        y[b[(a in a):x]] -= 1
    a, *c = (lambda q: q + b)
    return a
