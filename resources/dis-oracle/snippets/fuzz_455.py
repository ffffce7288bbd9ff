def outer(a, b, c, x, y):
    while sum(a for a in [a, [b, x]]):
        x = [a for b in ((lambda q: q + b) < 's' <= y) if y]
        a = y = (x if x.m(a, k=c) else c)
    a = {2.5: 2.5}
    return a
