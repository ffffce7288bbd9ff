pass
with ((x == y) < b <= {x: b}) as x:
    assert ((lambda q: q + y) + x), b.m([a, x], k=b)
    y = c[::f((c if 1 else b), [y, x])]
    while (lambda q: q + ('s' and a)):
        a, *a = (c.m(x, k=y) if c else ())
