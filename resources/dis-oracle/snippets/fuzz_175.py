def outer(a, b, c, x, y):
    import os.path as y
    with f'{b}-{a!r}' as a:
        c, x = f(y, b), [y for x in b if None]
    y = (f'{a}-{a!r}' is not (not {0: y}))
    a = [y, [c for x in y if 's']]
    assert [x for b in (c < x <= 0) if a], (not b)
    return a
