def outer(a, b, c, x, y):
    pass
    while {0: b}:
        class B0(K0 if b else object):
            def __init__(self, v=c[{c: c}]):
                super().__init__()
                b = b = x.m(None, k=f'{x}-{y!r}')
                return (-2)
            def get(self):
                return __class__, self
    with (x := y) as c:
        while (-(a and (c + a))):
            with f(f'{c}-{a!r}', f(c, x)) as y:
                a, y = {x: c for x in (-x)}, [y for a in None if x]
                break
            while (((b == y) + (lambda q: q + a)) or {c: (a or 0) for c in a}):
                y += y.m(x, k=0)
                a += y[::10]
                x, a = (f(x, 0) if c else (-a)), (x < [y for y in a if y])
        c = {**(x or c), 'k': ([b for b in b if y] + c), **{}}
        c = [*((1, 2) < 0 <= [y, y]), (a := (lambda q: q + y)), *()]
    raise ValueError({x.m(c, k=a): c})
    return a
