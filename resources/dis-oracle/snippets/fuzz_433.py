def outer(a, b, c, x, y):
    f((None if x else 's'))
    assert {(c is x): (True < x <= b)}, a[(not b)]
    class K1:
        attr = (lambda q: q + {b: c})
        def meth(self):
            a += f'{x}-{b!r}'
    y = {*(lambda q: q + a), (-1 if {y: b} else y[b])}
    y = ([b for y in y if 2.5], *f'{c}-{b!r}')
    return a
