def outer(a, b, c, x, y):
    for c in ((a < c <= x) if y else {y: y}):
        with {x: 0 for x in None} as b:
            while c[{{x: x}: x}]:
                c, x = b[b.m(x, k=1)], a[()]
                continue
                c += {c: b}
            try:
                f(((1, 2) in True))
                b, a = b[y], (f(a, x) or y)
                c += (lambda q: q + y)
            except ValueError as err:
                c, b = {x: {x: a}}, {c for c in b if c}
                f({(lambda q: q + 2): (a + b)})
    b, *x = ((x < b) if (1, 2) else (c or a))
    return a
