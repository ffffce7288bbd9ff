global y
y = (not (1, 2))
with y.m((b or b), k=True) as b:
    try:
        f({{y: a}: (--1)})
    except ValueError as err:
        c, *y = {y: -1 for y in (lambda q: q + (1, 2))}
        y = {*c['s'], f((c and a), (lambda q: q + y))}
        y = ((-1 is not c), *f(-1, c))
        def g(*args, c):
            return f'{x}-{x!r}'
            f(b[[x, b]])
            return f(x, x)
