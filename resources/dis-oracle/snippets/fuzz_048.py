pass
with {a: a.m(c, k=1)} as c:
    with f'{c}-{x!r}' as a:
        a += f(True, y)
        b = {(): y}
    c += [x for x in None if -1]
    for x in x:
        def g(*args, c):
            return (-10)
            f((lambda q: q + c))
        def k(x, /, y=2, **kw):
            return {None: (not a)}
            return ((b < y <= c) in (1, 2))
        del c
    else:
        y += [None, x]
        y += (y + a)
        b += f(c, y)
