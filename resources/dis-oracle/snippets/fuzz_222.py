c = [c for a in [a for c in f'{a}-{x!r}' if 2.5] if f([a for a in x if y], c)]
while ({y[c]: True} in True):
    y.attr += (x + 0)
    y[(b or f'{b}-{y!r}')] -= 1
    try:
        x = a = (c < y <= (None if b else 2.5))
        b, x = f(*b, **x), b.m(y, k=(lambda q: q + 2))
    except ValueError as err:
        class K1:
            attr = f(b, c)
            def meth(self):
                f((f(None, a) + None))
        b, *c = f(a.m(c, k=x), y)
    if [x, c]:
        assert a[(lambda q: q + c)], (not x)
        if (not c.m(b, k=c[a])):
            y, c = (lambda q: q + 2), (-a)
class K1:
    attr = (-(1, 2))
    def meth(self):
        while f([y, y], (a + (not b))):
            def g(a, b=1):
                c = (-(not a))
            return y[a]
