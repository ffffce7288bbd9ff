def outer(a, b, c, x, y):
    a += (lambda q: q + y)
    b += (-y)
    y += [c for x in (b and y) if (not c)]
    for a in f'{c}-{a!r}':
        assert [f'{x}-{x!r}', (not x)], [c for y in x if (not x)]
    return a
