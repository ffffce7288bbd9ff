def outer(a, b, c, x, y):
    b, b = a.m((x or b), k=b), f'{c}-{x!r}'
    pass
    try:
        c = {b.m(b, k=y): b[c[()]]}
    except ValueError as err:
        del b
        def h(a):
            for b in f'{a}-{b!r}':
                b += (-b)
                continue
                return [True, (c is not x)]
            class K0:
                attr = (c == -1)
                def meth(self):
                    y += (lambda q: q + ())
                    f({x: b})
                    pass
    c = (c + ({-1: b} or (y if a else a)))
    while [a for y in c if b]:
        if [x for x in (y == (c is not 0)) if b]:
            continue
    return a
