def outer(a, b, c, x, y):
    while [(1, 2), f(x, (-x))]:
        if (c := a[f(a, ())]):
            continue
        x = (-1 == c)
    class K1:
        attr = {(not 0): y}
        def meth(self):
            f((lambda q: q + 1))
            a += f'{a}-{b!r}'
            del a
    return a
