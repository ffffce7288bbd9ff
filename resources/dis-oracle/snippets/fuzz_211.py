def outer(a, b, c, x, y):
    with [y, f(c, a)] as b:
        assert f'{b}-{a!r}', f(x[c], *(-b), k=('s' in b))
    a.attr += f'{x}-{y!r}'
    a[(-c)] -= 1
    a.attr += ((x if c else a) in (lambda q: q + b))
    a[[b for b in -1 if (b + a)]] -= 1
    y, y = (lambda q: q + b), (x or c)
    return a
