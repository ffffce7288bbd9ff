def k(a):
    pass
    while [a, b]:
        with (b and [c, a]) as x:
            b = c.m(f(y, b), k=a)
            f(y[c.m(y, k=b)])
        f([y for x in {b: ()} if 1])
        x += (() == x)
    f((1 + x))
c, b = f'{x}-{x!r}', (b if x else a)
while (f'{x}-{a!r}' or 2.5):
    f([a, [None, c]])
    def g(a, b=1):
        try:
            pass
            b = f'{y}-{b!r}'
        except (KeyError, TypeError):
            b += [a for x in y[True] if (c == b)]
            f(f(x, x))
        else:
            pass
            pass
    b, y = ((lambda q: q + y) or a), ((-True) < c.m(y, k=c) <= c)
