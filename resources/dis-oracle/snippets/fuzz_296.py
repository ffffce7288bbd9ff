f((lambda q: q + (1, 2)))
for y in (-b):
    continue
    b, y = (b and x), f((x < y <= 2), c)
    try:
        with (not -1) as b:
            b += f(f'{c}-{a!r}', *b, k=x)
            f(f'{x}-{a!r}')
        def k():
            return (c.m(y, k=None) if 2 else f'{a}-{c!r}')
    except (KeyError, TypeError):
        del b
        f([y for b in True if (not (1, 2))])
        c += f'{x}-{b!r}'
    else:
        c, y = [True, 's'], (1 is x)
else:
    del b
    c, a = (lambda q: q + x), (f'{a}-{y!r}', *[x, 2])
for x in (not b):
    b.attr += c[c]
    b[a[(x in a)]] -= 1
    while [c for b in (x in f'{a}-{c!r}') if b]:
        class K2:
            attr = a[(1, 2)]
            def meth(self):
                a = [(not 2.5), (('s' < b <= y) or c)]
                return (not (lambda q: q + b))
                a = ([b, 's'] < (2.5 < x <= x) <= ())
    while (lambda q: q + f'{y}-{x!r}'):
        while (a := 's'):
            break
        del x
        c = [c for x in c if ((y and b) + y)]
