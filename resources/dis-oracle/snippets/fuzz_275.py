def outer(a, b, c, x, y):
    f(x.m({x: y}, k=(c + None)))
    del c
    return a
