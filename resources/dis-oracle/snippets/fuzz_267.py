def outer(a, b, c, x, y):
    for y in ('s' if 2 else x[y]):
        c, y = f(c, *a, k=(a is not a)), ((y and c) in a)
        try:
            b, *x = f(b, *{y: None}, k=(not b))
            f(((True < x) < f'{c}-{b!r}' <= b))
        except ValueError as err:
            c, x = [(y + a), b[b]], f(0, x)
        f(b[y])
    assert (x if 's' else y), (a < f(c, b) <= 2.5)
    del x
    return a
