def outer(a, b, c, x, y):
    c += (not (-1 if 's' else y))
    a = {**(lambda q: q + [y for y in c if x]), 'k': f'{a}-{y!r}', **{}}
    a = [*(lambda q: q + 10), ((not b) is f((), -1)), *()]
    return a
