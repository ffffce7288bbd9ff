def outer(a, b, c, x, y):
    del c
    assert [(y < (1, 2) <= x), 0], (b is not (not 10))
    f(c[2])
    c, a = f(True, None), ((lambda q: q + y) and True)
    with (lambda q: q + (not 0)) as y:
        with (-b) as c:
            y += (not b)
        x += x.m([c for y in a if y], k=y)
    return a
