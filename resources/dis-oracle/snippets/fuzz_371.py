def outer(a, b, c, x, y):
    a = {*(y < -1 <= a), f(a, *[c for y in y if a], k=y)}
    a = ((2 < (1, 2) <= x.m(a, k=-1)), *(2.5 < a <= {b: c}))
    try:
        if (x[y] is [a for c in (1 < b <= c) if c]):
            for x in y.m(y, k=a):
                x, x = (lambda q: q + [y for b in a if -1]), [c, -1]
                y += [y for c in 10 if [y for b in b if y]]
                b = (c + [y for b in [a, y] if (x and y)])
            else:
                c = (-a)
                f(b.m(a, k=0))
            del b
            y = f(((() if x else 10) and (not a)), ((c + a) + (b or 0)))
    finally:
        pass
        del a
        for y in y.m(y, k=y):
            c = f'{y}-{x!r}'
        else:
            b, *a = (y or (y == a))
            f(f'{y}-{y!r}')
    c += (0 is -1)
    y = {**sum(b for b in (b if y else a)), 'k': [x, 2], **{}}
    y = [*((a or x) < a <= y), f'{a}-{a!r}', *()]
    return a
