def outer(a, b, c, x, y):
    y = f'{b}-{c!r}'
    c, c = (-f(a, a)), {b: y[None] for b in (lambda q: q + c)}
    x.attr += c[(x is 2.5)]
    x[a[a]] -= 1
    return a
