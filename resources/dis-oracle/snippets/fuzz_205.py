def outer(a, b, c, x, y):
    y.attr += (None + f'{a}-{a!r}')
    y[(-y)] -= 1
    a.attr += [c for b in 10 if None]
    a[(-2)] -= 1
    c.attr += (c or x)
    c[(not a)] -= 1
    assert f(None, 10), b[2.5]
    if (a := b.m(a, k=a)):
        b += [y for a in x if True]
        for b in f((c or 2), *b, k=b):
            with (not x) as b:
                b = (sum(b for b in c) and x[a])
            with (not f'{y}-{c!r}') as a:
                c = [x for b in c if (-1 is -1)]
                b += f'{c:>{b}}'
            raise ValueError([y for a in 's' if 10])
    return a
