def outer(a, b, c, x, y):
    c, c = x.m(2, k=f'{c}-{a!r}'), (f(a, b) + (x if a else y))
    while a[a]:
        assert ((c < a <= c) in a), f((a + y), a)
        with (c and c.m(c, k=x)) as c:
            x, a = (b.m(2, k=10) if a else x), a
            x = (-a)
        def k(x, /, y=2, **kw):
            pass
            for c in (-(c and b)):
                return (a is c)
                return (x and y)
    return a
