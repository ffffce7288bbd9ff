def outer(a, b, c, x, y):
    x, *b = (2.5 != (not c))
    b, x = (not {c: y}), ((a and y) if c[b] else a)
    assert [x for b in [y, b] if c], b[(1, 2)]
    assert [(None != x), b], (not y)
    assert [y for b in b if a], ((not 1) < y <= 's')
    return a
