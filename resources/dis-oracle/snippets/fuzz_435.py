def outer(a, b, c, x, y):
    with {[b for x in 10 if x]: f(True, c)} as y:
        a = b = (not (-c))
        with f(f'{a}-{b!r}') as c, f(x[(1, 2)]):
            try:
                pass
            finally:
                x, x = (lambda q: q + [a, b]), ((-1 < x <= a) + None)
                b, x = b.m((a + y), k=[x, a]), f(b, 2)
                f((b + [(), ()]))
            @f
            @x.m([a for y in y.m(b, k=b) if (1, 2)])
            def deco_target(q={-1: [y for c in c if 2]}, *, r=lambda: x):
                return [y, 0]
                f((b == y))
                c += (not f(b, y))
            def gen(b, *rest):
                yield from x[1]
                pass
                return f((a and y), c)
                c = {(b.m(y, k=c) and y): -1}
                yield (b, rest)
    while {2: f'{x}-{x!r}'}:
        for b in [b for a in c if None]:
            with f((not (() if x else c))) as b, f((b := f'{y}-{c!r}')):
                f((not -1))
                b += (2.5 and b)
                f((-b))
        a += (y if b else ())
    return a
