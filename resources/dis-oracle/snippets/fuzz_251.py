def outer(a, b, c, x, y):
    c, *c = (lambda q: q + x)
    for b in ((c if x else c) + c):
        x, *a = [y for x in c if (lambda q: q + x)]
        def h(a):
            nonlocal_target = f'{b}-{c!r}'
            yield {True: (y if a else 's')}
            yield (b.m(x, k=2) or (1, 2))
    class K2:
        attr = [(a or c), 10]
        def meth(self):
            return [y for a in y if c]
            return y[-1]
            if (b := (-c)):
                c = y = {b for b in {1: True} if b}
                return (a if 10 else -1)
                return ((-a) == (y + x))
    return a
