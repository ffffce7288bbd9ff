f(f'{c}-{x!r}')
while ((0 if () else (lambda q: q + b)) and [c for y in 10 if x]):
    with (not y['s']) as b:
        del b
    b = [a for c in () if 10]
    del a
while (((x + a) + y) is (y + b)):
    for b in [b for c in -1 if y]:
        while f'{c}-{y!r}':
            c += ((10 == x) if a else c)
    else:
        break
        if a[c]:
            x, c = ((y is a) if () else f(y, a)), [b for b in a if y]
            y, y = c[(a if a else x)], {(not x): (y and c)}
        else:
            a = x.m(x, k=(['s', a] or 10))
            y, x = ([y for b in c if c] + y), a[10]
            break
def g(x, /, y=2, **kw):
    class K1:
        attr = ((not b) + (x < x <= x))
        def meth(self):
            with y.m(y, k={'s': y}) as b:
                a = (not x)
                x += [c, f'{c}-{a!r}']
                c = {(y is not b): 1}
            a = y[None]
    with a as x:
        if f'{b}-{b!r}':
            x = [f'{b}-{a!r}', -1]
            c += (c[1] if (y + a) else f'{y}-{y!r}')
        f((() if x else (a and b)))
        del a
    try:
        with (lambda q: q + -1) as b:
            return (x if x else 10)
    except (KeyError, TypeError):
        class K2:
            attr = (-None)
            def meth(self):
                b += (-f'{c}-{a!r}')
                b += (lambda q: q + (not a))
                x = (a < c <= [b for b in a if x])
    else:
        try:
            f(f'{a}-{b!r}')
        except:
            y = ((a < y <= x) in 2)
            b += (-x[b])
            x += (-(x < c <= c))
        yield [(c if a else a), x]
        x = (lambda q: q + y)
