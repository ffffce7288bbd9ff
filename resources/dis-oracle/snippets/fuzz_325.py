def outer(a, b, c, x, y):
    f(f((y in x), (y + a)))
    x = {**f'{c}-{x!r}', 'k': ((-10) < c <= (None + x)), **{}}
    x = [*(lambda q: q + f'{a}-{y!r}'), (lambda q: q + {b: b}), *()]
    return a
