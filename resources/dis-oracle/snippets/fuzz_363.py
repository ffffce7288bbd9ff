def outer(a, b, c, x, y):
    with b[y] as y:
        assert ((-a) or (a is b)), [x for c in b.m(c, k=b) if 0]
    y = {*[b for c in (x if (1, 2) else c) if 2.5], [c for y in a.m(c, k=x) if (-1 if 2 else a)]}
    y = (([a, 0] if 2.5 else c), *(y < (not x) <= True))
    return a
