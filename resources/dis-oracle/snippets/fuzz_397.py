def outer(a, b, c, x, y):
    a = {*((a is a) < c <= y), (f(a, c) and (not b))}
    a = (({y: x} + x), *a.m(0, k=a))
    with (-1 < b <= b) as c:
        c.attr += (not f'{b}-{c!r}')
        c[(b[x] or {a: x})] -= 1
        while y[x.m((None < a <= c), k=(lambda q: q + b))]:
            x, *c = {a: [c for b in x if x]}
            b.attr += (-b)
            b[(y if c.m(-1, k=c) else (1, 2))] -= 1
    x.attr += f'{y:>{x}}'
    x[(lambda q: q + f'{a}-{c!r}')] -= 1
    return a
