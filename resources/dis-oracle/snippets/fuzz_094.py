def h(x, /, y=2, **kw):
    try:
        del b
        f((y < x <= b))
    except:
        b = (a if x else c)
        return (y.m(b, k=a) < x <= 2)
assert ((1, 2) < (1, 2) <= 0), (-c)
try:
    for y in x.m((-b), k=b):
        class K1:
            attr = f'{a}-{a!r}'
            def meth(self):
                return f(a, c)
except (KeyError, TypeError):
    if f'{c}-{a!r}':
        a = {y: ()}
        if y[0]:
            a = {(2.5 is (x or a)): 2.5}
        assert (1 is not (10 if y else None)), [c for c in x if y]
    if f'{c}-{a!r}':
        y += [y for c in b if c]
    else:
        def k(a):
            nonlocal_target = ([x, b] + b)
            x = (a[a] or (lambda q: q + x[10]))
            return x[(-c)]
    def h(a):
        pass
        def g(x, /, y=2, **kw):
            f((a < 1 <= b))
        yield (-(-y))
else:
    if c.m(f'{c}-{a!r}', k=1):
        del b
