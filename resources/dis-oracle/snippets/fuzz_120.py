pass
b, y = {[y for y in a if a]: (b + b)}, {None: f(y, ())}
def k(x, /, y=2, **kw):
    nonlocal_target = 0
    f((b < 0 <= 2))
    f((lambda q: q + a))
    class K2:
        attr = x.m(a, k=f'{a}-{a!r}')
        def meth(self):
            while (1 or -1):
                continue
                b = x.m(x, k=x)
                b = ((lambda q: q + b) in (None < -1 <= (lambda q: q + x)))
            return (y in (c < a <= a))
