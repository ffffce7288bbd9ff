def outer(a, b, c, x, y):
    if (c := {c: c}):
        x, c = sum(a for a in 10), (c < x <= x)
    @f
    @x.m(a.m([y, y], k=y))
    def deco_target(q=(() < 2.5 <= 10), *, r=lambda: x):
        for x in b.m((a if a else b), k=(c == b)):
            f({c: f'{y}-{x!r}'})
            try:
                return f(10, (not c))
            finally:
                b += a[x]
            while (-c):
                f((not x))
                return [b.m(x, k=y), None]
        else:
            import os.path as y
            raise ValueError((-[a for x in (1, 2) if x]))
        c = b = (c or b)
        pass
    c = {*(lambda q: q + b), f'{y}-{c!r}'}
    c = (([a for y in y if c] if a else a), *f([y for c in None if c], f'{c}-{x!r}'))
    y = {*({c: 2} or a), (lambda q: q + ())}
    y = (x.m(-1, k=y), *{c.m(-1, k='s'): (c != x)})
    return a
