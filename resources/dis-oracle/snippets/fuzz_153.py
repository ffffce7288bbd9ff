def outer(a, b, c, x, y):
    raise ValueError(x.m(y[b], k=y))
    assert [y for y in x[a] if 2], f'{c}-{c!r}'
    if (x := {x[c]: x}):
        f((-(y < a <= c)))
    x, y = (not x[b]), ((a < c <= b) + 2)
    return a
