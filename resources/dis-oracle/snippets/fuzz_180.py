if (y < y <= y):
    assert ('s' if c else b[2.5]), y[x]
    if (x := (lambda q: q + c)):
        try:
            pass
            a += [c for x in a if c]
            f((f(y, a) + y.m(y, k=x)))
        except (KeyError, TypeError):
            f(((a < c) < {c: x}))
        else:
            y = [f'{a}-{x!r}', 2]
            f([a for y in 1 if (1, 2)])
        finally:
            pass
            b = ((lambda q: q + 's') + a[y:[y for x in c if c]])
            a += y.m(y, k=a)
else:
    a = (a + b)
f(((10 < b <= c) < y[()] <= f'{a}-{b!r}'))
pass
f((y and (c < b <= a)))
with (-a) as c:
    y = y = ((c and y) and a)
    raise ValueError((-(y if 2 else y)))
