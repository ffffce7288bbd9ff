def outer(a, b, c, x, y):
    x, a = ({x: a} + ()), [x for y in a if -1]
    for a in (not ()):
        b = f'{b}-{x!r}'
    return a
