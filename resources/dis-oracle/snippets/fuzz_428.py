x = (a + (lambda q: q + -1))
def gen(c, *rest):
    yield from (y + f'{x}-{y!r}')
    b.attr += (10 if x else x)
    b[(b if c else (a < y <= a))] -= 1
    try:
        for a in [c for c in (a + (1, 2)) if x]:
            continue
            x = x.m((), k=(a is not y[10]))
        if (x := ((not b), *2)):
            return (not {c: 2})
            return (a < f(x, c) <= -1)
            c += [c for x in y if a]
    except (KeyError, TypeError):
        raise ValueError(b.m(y, k=[c for a in y if x]))
        pass
        with (() < 2 <= x) as b:
            f((not 1))
            b = c[[(y < a), (not c)]]
    else:
        c = {*[b for x in f(y, x) if 10], ((lambda q: q + x) == c)}
        c = ((-b), *f(b[c], b))
        def inner():
            nonlocal x
            x = (b < a <= c)
            return x
    pass
    yield (c, rest)
pass
