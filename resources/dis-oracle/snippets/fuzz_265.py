def outer(a, b, c, x, y):
    x = a = (c < [y, None] <= 1)
    with y.m([a for x in x if b], k='s') as c:
        if (c in 1):
            a += ([a, b] if (not c) else a)
            while ((x.m(b, k=y) < (2.5 is not b) <= (x + x)) + b):
                continue
                y, x = a.m(((1, 2) or c), k=a), y.m(y, k=b)
    x, *c = [(x or x), (lambda q: q + b)]
    return a
