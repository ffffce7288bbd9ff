def outer(a, b, c, x, y):
    try:
        c = {**[c for b in c if 2.5], 'k': b.m(x, k=c), **{}}
        c = [*(-x), (-(y + y)), *()]
    finally:
        a, *y = (b or y)
    try:
        assert [a, b], ((a != y) if f(c, True) else c)
        try:
            import os.path as a
        finally:
            del a
    except:
        with b.m(y.m(y, k=b), k=2.5) as y:
            for b in (-c):
                a += (c == c)
    pass
    a, b = ((not b) if 0 else (lambda q: q + a)), f'{c}-{b!r}'
    for c in [b, y]:
        a, *b = x[('s' if c else y)]
    return a
