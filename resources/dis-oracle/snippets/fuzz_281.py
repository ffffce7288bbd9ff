def outer(a, b, c, x, y):
    a, x = y[::b.m(a, k=x)], (y + (2.5 if c else x))
    x.attr += ([x for y in b if y] and a)
    x[(True < None <= [a, y])] -= 1
    pass
    x, *b = ('s' < None <= (x and x))
    return a
