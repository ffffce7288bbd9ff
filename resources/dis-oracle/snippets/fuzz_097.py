def outer(a, b, c, x, y):
    if (b < (b + (2 == c)) <= a):
        while f(c, [c, x]):
            for x in (-True):
                y += [x, a]
                c = {c: (not 0)}
                x, b = c.m((not c), k=(lambda q: q + y)), (x and (-b))
        pass
        del a
    for b in {a: b}:
        x, b = b[x], (b < b <= x)
    with a.m(b, k=c) as a:
        assert f([b for c in b if a], (10 < a <= c)), (not (c and x))
    for x in (a or x):
        f(c[c.m(b, k=a)])
    else:
        assert ([a, c] + x), f'{x}-{a!r}'
        for c in (-(b if c else y)):
            a, a = [x, f'{b}-{x!r}'], (-(a if -1 else c))
            with (-[x, x]) as a:
                b = (lambda q: q + f'{c}-{a!r}')
            f((y and 2))
        else:
            a += f((x or b), True)
            while (lambda q: q + (1, 2)):
                continue
                f([b for c in x if (not x)])
                break
    return a
