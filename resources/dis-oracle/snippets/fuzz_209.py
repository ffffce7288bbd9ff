def outer(a, b, c, x, y):
    try:
        raise ValueError((f'{x}-{x!r}' < 10 <= {b: y}))
        for c in [(), b]:
            f([a for x in a if 10])
    except:
        a += f((a in 2), (y and 1))
        if {y for y in a if y}:
            if (c := ((-x) != c)):
                a = f'{b}-{c!r}'
                f((not b))
        else:
            assert x.m(x, k=()), (2 and None)
            a, *x = {True: c}
            a, *y = (lambda q: q + a)
        del b
    finally:
        x += (lambda q: q + [a, x])
    b = (-c)
    assert y.m((() if a else c), k=f(a, x)), ['s', (None or 0)]
    x, *y = (not x)
    return a
