def outer(a, b, c, x, y):
    class B0(K0 if c else object):
        def __init__(self, v=(True and (not -1))):
            super().__init__()
            def inner():
                nonlocal b
                b = {(b if c else a): (x or b)}
                return b
        def get(self):
            return __class__, self
    def gen(x, *rest):
        yield from (2.5 if c else a)
        f((a < y <= [x, x]))
        return (--1)
        yield (x, rest)
    try:
        x, *x = (lambda q: q + (b if x else y))
    except:
        def h(a):
            nonlocal_target = (b if 10 else (a if b else a))
            del a
    class K0:
        attr = x.m(b, k=(c != x))
        def meth(self):
            for b in b.m(a, k=(b if y else y)):
                if (x := f'{x}-{y!r}'):
                    y += ((y < b) and c)
            if (a := (c < 's' <= (y or c))):
                del c
                pass
                a.attr += [y.m(a, k=True), [a for b in x if a]]
                a[(-1 if 1 else (c is not y))] -= 1
            pass
    return a
