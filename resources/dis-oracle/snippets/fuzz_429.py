def outer(a, b, c, x, y):
    y.attr += (lambda q: q + c)
    y[(b[True] if 1 else a)] -= 1
    a = y = ((x + b) in b)
    if (c := b[c]):
        pass
        y, *y = f(c, True)
        with (not (x or b)) as a:
            del y
            c = {**f'{a}-{x!r}', 'k': (-1 < a <= b), **{}}
            c = [*{x: {x: 1}}, (-()), *()]
    a, y = (not {a: x}), (1 < b <= (-y))
    c, b = y.m(c, k={a: b}), [b for x in b if (-b)]
    return a
