def outer(a, b, c, x, y):
    f(y.m(c[c], k=(() < y <= c)))
    while (c and a):
        f(f((-x), [y for c in 2 if x]))
        break
        if [x for x in 2 if c]:
            c += (not [x for a in b if a])
    pass
    del c
    assert [a for c in 2.5 if y], [y, (None or 2.5)]
    return a
