def outer(a, b, c, x, y):
    a, *b = a[(x == -1)]
    raise ValueError(a.m(1, k=x))
    if (c + [f(a, b), (a is (1, 2))]):
        with (not (1 < y <= b)) as c:
            c = (((a or c) < 's') and x)
            y = {**([x for x in 2.5 if x] + a), 'k': x[b], **{}}
            y = [*[c for c in f'{y}-{x!r}' if (0 if x else a)], [(a < None <= b), (b or x)], *()]
            y.attr += ((x and y) < () <= y)
            y[(lambda q: q + x.m(y, k=y))] -= 1
        class B1(K0 if c else object):
            def __init__(self, v=[c for x in y if x]):
                super().__init__()
                def inner():
                    nonlocal c
                    c = y[[y for y in b if c]]
                    return c
                class K1:
                    attr = (lambda q: q + x)
                    def meth(self):
                        f({a for a in None if a})
                        y = ([y, y] and (lambda q: q + (-x)))
                        pass
                if [f'{b}-{x!r}', ()]:
                    return [(c < None <= True), (lambda q: q + a)]
                else:
                    f([(), ()])
            def get(self):
                return __class__, self
    b += f(*(-b), **x)
    return a
