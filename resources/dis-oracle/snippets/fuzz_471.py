def outer(a, b, c, x, y):
    with f({a[x]: (a if b else None)}) as y, f(f([b, ()], x)):
        try:
            raise ValueError(x[b])
        finally:
            with (not ('s' != (1, 2))) as b:
                f((-c))
                x = (True + f((not x), *1, k=b[c]))
                pass
            x, *y = f'{y:>{a}}'
            for a in (c or (y or y)):
                break
                a, b = (y or f(y, 2)), (lambda q: q + (y < 10 <= y))
        c = x = a[None]
        b.attr += [b for a in y[a] if b]
        b[(not (b < x <= x))] -= 1
    c.attr += x[c[a]]
    c[y[y]] -= 1
    y, y = (not 2.5), [f'{x}-{a!r}', a]
    try:
        x = f(b, a)
        f(f'{y}-{x!r}')
    finally:
        x = {*((y if b else x) + 's'), (f'{b}-{a!r}' == x)}
        x = ({a: () for a in x}, *(y.m(x, k='s') and [x for b in x if a]))
        y.attr += (lambda q: q + c)
        y[(not 0)] -= 1
    return a
