pass
assert f((-a), c), (1 in y)
class B1(K0 if y else object):
    def __init__(self, v=(lambda q: q + x)):
        super().__init__()
        try:
            b = {**(c if (a is not y) else c[c]), 'k': (not 2), **{}}
            b = [*([x, b] is not b), (2.5 if (lambda q: q + b) else [y for b in x if c]), *()]
            a += [b, (0 < x <= a)]
            with [b for c in {2: True} if (lambda q: q + True)] as a:
                y = [y, {c: b for c in (1, 2)}]
                b = a.m(y, k=x[(c is not 2.5)])
        finally:
            y += (lambda q: q + y)
        if c[a]:
            yield (-a)
        else:
            import os.path as x
            def inner():
                nonlocal x
                x = (x[y], *True)
                return x
            y = {**[x for c in c if (x + a)], 'k': y[c], **{}}
            y = [*[c for y in (not x) if c], (f'{a}-{a!r}' < 2), *()]
    def get(self):
        return __class__, self
b = c = f'{x}-{y!r}'
class K0:
    attr = f(None, 2.5)
    def meth(self):
        a += [y, c.m(c, k=b)]
