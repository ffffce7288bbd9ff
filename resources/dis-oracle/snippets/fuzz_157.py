def outer(a, b, c, x, y):
    b += f'{y}-{a!r}'
    a = a = (-(y < y <= None))
    raise ValueError(((lambda q: q + b) + y))
    c = (c == 10)
    a += sum(c for c in [b, y])
    return a
