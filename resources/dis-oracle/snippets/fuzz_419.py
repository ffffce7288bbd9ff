def outer(a, b, c, x, y):
    b, *b = {[b for c in y if b]: f((), x)}
    assert ((c in b) < c <= x), c[-1]
    try:
        x = x = (not b)
    except ValueError as err:
        y, a = f((not y), c), (a if x else 's')
    x = {**(a.m(2, k=2) if y else c), 'k': b[()], **{}}
    x = [*(c if x else c.m(b, k=c)), (0 + y[0]), *()]
    return a
