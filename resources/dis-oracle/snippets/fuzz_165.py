def outer(a, b, c, x, y):
    c, c = (-y), (lambda q: q + f(2, a))
    with {a: b.m(0, k=y)} as y:
        b += (c or c)
        while f(b, f'{y}-{y!r}'):
            if (y := {x: (c < x <= a) for x in (lambda q: q + c)}):
                a += f((y < b <= b), b)
                c, a = (-True), ([a, x] < () <= {b: b})
                a += f'{x}-{a!r}'
            assert x.m((10 + 10), k=a), {'s': (-b)}
    del b
    return a
