def outer(a, b, c, x, y):
    pass
    a.attr += (x + (y < x <= a))
    a[y.m((() + x), k=c)] -= 1
    y.attr += [b, b]
    y[(x + x)] -= 1
    b = (lambda q: q + b)
    return a
