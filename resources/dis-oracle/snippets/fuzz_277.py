def outer(a, b, c, x, y):
    import os.path as y
    c, x = (lambda q: q + 1), [b for y in b if c]
    with (lambda q: q + y) as y:
        a.attr += {'s': y.m(y, k=y)}
        a[(a in 2)] -= 1
        if y.m(True, k=c):
            y = x = (y + a)
        else:
            c = a = (lambda q: q + b)
            if (b := (0 or 2)):
                pass
            import os.path as b
    def k():
        nonlocal_target = (None < f'{x}-{a!r}' <= x)
        f((-1 if [b, y] else x))
    if f'{b}-{y!r}':
        a.attr += f(y.m(1, k=y), 2.5)
        a[a.m(y, k=y)] -= 1
        del y
    return a
