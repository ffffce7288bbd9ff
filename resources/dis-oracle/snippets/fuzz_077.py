def outer(a, b, c, x, y):
    with x.m((a < b <= y), k=x) as b:
        b, x = (x < 's' <= (c < c <= c)), (c is {y: y})
        f((y < 10 <= x))
    while (c if (-y[y]) else b):
        c = {a: 's'}
        assert (lambda q: q + (not y)), (b and a)
        for a in (x < {c: y}):
            y = ((None if [c, True] else y) if () else a)
    return a
