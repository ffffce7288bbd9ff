def outer(a, b, c, x, y):
    assert [x for x in a.m(y, k=2) if {a: 's'}], c[(-a)]
    f((-x))
    raise ValueError((c and (-c)))
    y = a = {y: y}
    return a
