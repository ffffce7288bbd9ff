def outer(a, b, c, x, y):
    with (lambda q: q + (b + x)) as b:
        a = b = {10: b}
        if (b := f(a, [c for a in x if x])):
            y += {(lambda q: q + c): {c: b}}
            try:
                c += f(y, *(2 + y), k=x)
                pass
                c += f'{x}-{a!r}'
            finally:
                pass
                a, a = (lambda q: q + c), f([c, None], 2.5)
            y += f((), [b for c in b if None])
        b, b = ((() if c else y) + x), ((lambda q: q + -1) or b)
    raise ValueError({c: y})
    def g(a):
        nonlocal_target = (a if y else a)
        yield [y for b in b.m(c, k=x) if {c: 10}]
    return a
