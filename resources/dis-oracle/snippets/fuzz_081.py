def outer(a, b, c, x, y):
    for y in f((-b), b):
        b += [1, (x < b)]
    else:
        f(y[b])
        assert (not a), f'{c}-{x!r}'
    for b in b.m(x[2], k=a):
        try:
            c, y = f(b, a), (a is b)
        except ValueError as err:
            a, x = [a for b in (-x) if a[a]], x.m(x, k=y)
            del y
        while {b: a}:
            break
    else:
        x = {b: 2.5}
    for x in ((not x) != (-1 if y else ())):
        f([c, (lambda q: q + a)])
        x = (0 + b)
    return a
