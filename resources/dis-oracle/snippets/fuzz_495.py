def outer(a, b, c, x, y):
    del a
    c, *c = (lambda q: q + [0, 0])
    b = {*c.m(a, k=y[x]), ((not b) < (a is a) <= b)}
    b = ((y := 1), *(b != (y + c)))
    y += f'{b}-{y!r}'
    return a
