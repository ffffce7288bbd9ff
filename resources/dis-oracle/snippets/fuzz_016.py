while (lambda q: q + 10):
    continue
    try:
        c, y = f(y, 10), c.m((y + b), k=y)
        for y in [x for y in [a for c in c if a] if -1]:
            y, c = {b: 2.5}, (lambda q: q + a)
        else:
            f(y)
        if (not (f'{b}-{a!r}' < f'{c}-{y!r}' <= (-b))):
            y += c[0]
            break
            c += (2 < (b is not y))
    except (KeyError, TypeError):
        del a
        break
        with {10: c} as x:
            y = (x or b)
            break
    else:
        a = {c: b}
        for a in (x < [a for c in 2 if b]):
            c, b = f(1, [y for x in a if a]), (-(b if a else a))
            c = (b if (y + c) else (1, 2))
            b += b.m(x, k=a)
        y, y = a.m(x.m(y, k=b), k=None), (() != x)
    continue
x += [(-10), (not 1)]
