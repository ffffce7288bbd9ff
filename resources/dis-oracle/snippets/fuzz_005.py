def outer(a, b, c, x, y):
    class K1:
        attr = (-1 < b <= b)
        def meth(self):
            pass
    while b[((1, 2) and b)]:
        for y in x.m((lambda q: q + b), k=x):
            break
            f(c.m(2, k=2))
            continue
    return a
