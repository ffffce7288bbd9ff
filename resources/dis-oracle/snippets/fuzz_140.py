if (lambda q: q + c[y]):
    b, c = (-1 + ()), a.m((y != c), k=c)
    x += f'{b}-{b!r}'
else:
    while b.m(0, k=(10 and [y for x in 1 if x])):
        with {(b if x else x): (x < y <= a)} as b:
            continue
            a = f'{c}-{b!r}'
            b, y = (x or f(b, y)), [x, b]
    if (not (-None)):
        if a.m(-1, k=c):
            f([x for y in c if x])
            y = (not y)
            c, a = f([a for b in y if -1], c.m(b, k=None)), (lambda q: q + a)
        else:
            y, y = (x.m(x, k=b) is (-c)), ((a if y else a) + [c for b in y if a])
        for c in f'{c}-{x!r}':
            a = ({-1: c} or 2.5)
            y, x = (not (a < x <= c)), [b for c in (lambda q: q + a) if y[c]]
    else:
        x = [(not c), None]
del b
