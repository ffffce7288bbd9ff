def outer(a, b, c, x, y):
    with (not y) as x:
        b = ((1, 2) is b)
    x = [y for y in c if y]
    a, x = a.m(x.m((), k=x), k=f(y, b)), f'{a}-{c!r}'
    for c in [x for y in c[c] if a]:
        break
    a, a = a, {a: c}
    return a
