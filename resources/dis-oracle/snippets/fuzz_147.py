def outer(a, b, c, x, y):
    assert (2.5 and None), [y, (2 if b else b)]
    while {(not (a != b)): a}:
        y, b = [a for x in x if c], (x or b)
        del c
        while (lambda q: q + {f'{c}-{x!r}': (y < x <= a)}):
            if [None, True]:
                f(f'{x}-{a!r}')
                y += c
                b = [b for x in x if b]
    return a
