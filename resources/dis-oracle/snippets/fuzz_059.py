def outer(a, b, c, x, y):
    b += f'{a}-{y!r}'
    try:
        try:
            while (() < x <= (True + (True < c <= x))):
                f(((y < None <= y) != [x, x]))
            if b.m((b + -1), k=c):
                x = (-a)
            else:
                a = f'{x}-{y!r}'
                y, c = {x: (x and y)}, b
        except:
            pass
        for a in {(a + a): a}:
            for y in (b + x):
                x += {c.m((1, 2), k=c): a}
            f([a for b in (lambda q: q + c) if b])
            x, a = f'{x}-{y!r}', ({x: y} is not f(b, 's'))
        b = [a, b]
    except ValueError as err:
        b, c = (-f'{b}-{c!r}'), f'{b}-{x!r}'
        b = (f'{b}-{y!r}' or 2.5)
    return a
