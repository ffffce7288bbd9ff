for x in f'{a}-{y!r}':
    class K1:
        attr = ((lambda q: q + b) is not 0)
        def meth(self):
            while [c for y in (None if 10 else (x or b)) if 0]:
                a = f((y == c), 2)
                break
                f(([c, (1, 2)] and (y == b)))
            import os.path as a
            return (b < [b for a in x if 2] <= (lambda q: q + x))
for c in ('s' < c <= [x for x in b if 2]):
    continue
    assert ('s' if f(a, y) else [y for x in c if x]), (() is x[c])
else:
    pass
    x.attr += [x for b in a if x.m(c, k=a)]
    x[[a for y in x if x]] -= 1
    assert {0: a}, y.m(b, k=b)
def g(x, /, y=2, **kw):
    return (lambda q: q + (-y))
    f(sum(b for b in [x, b]))
    pass
a = sum(a for a in x.m(b[x], k=[c for a in x if c]))
