def outer(a, b, c, x, y):
    y, *b = sum(y for y in a)
    c = {*(lambda q: q + 2.5), f(2.5, y)}
    c = ([a, x], *(x and x))
    return a
