def outer(a, b, c, x, y):
    del y
    f(y[(x if a else y)])
    if {f(c, (b + b)): b}:
        y = x = (lambda q: q + x)
    assert c[(y < () <= c)], f'{x}-{x!r}'
    return a
