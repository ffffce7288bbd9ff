def outer(a, b, c, x, y):
    try:
        with f(c.m(2, k=(not b))) as x, f((-(y and 2.5))):
            a += ((lambda q: q + b) + a)
    except:
        if (x := (y[a] is 1)):
            try:
                c += (not (-(1, 2)))
                x, x = f'{y}-{b!r}', [(y is not x), 2]
            finally:
                f((lambda q: q + y))
                pass
                y += b.m((a and True), k=x)
            try:
                a += [[c for a in y if 0], b]
                f([y for c in c if y])
            finally:
                pass
                f((a + f(b, a)))
                pass
            c = {*f'{a}-{x!r}', (a < 10 <= ())}
            c = (((not a) if (() + 0) else (None < 2 <= a)), *[b, x])
    finally:
        a, a = y.m(0, k=b), f(f(c, x), b)
    import os.path as y
    return a
