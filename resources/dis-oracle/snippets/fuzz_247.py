def outer(a, b, c, x, y):
    c = (x[f(y, 1)] and x)
    x.attr += f'{a}-{x!r}'
    x[(c + f'{y}-{y!r}')] -= 1
    raise ValueError(([b, c] < f(a, 10)))
    return a
