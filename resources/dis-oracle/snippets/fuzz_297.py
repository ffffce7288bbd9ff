def outer(a, b, c, x, y):
    for x in f'{y}-{c!r}':
        b, b = [y for c in x if b[a]], f(f(y, x), *c, k=[c for x in x if y])
    y, *c = (0 < (-x) <= (b is 's'))
    return a
