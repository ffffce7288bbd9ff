for a in [c for a in (a < y <= y) if 2]:
    with f((() + x), (None if y else y)) as b:
        b = a = f'{c:>{b}}'
        try:
            c += ((lambda q: q + c) < a)
            b = (y < 2 <= c)
            continue
        except:
            x += [y, b]
            b = [(lambda q: q + (y if x else a)), c]
        finally:
            continue
            f((y + [b for b in (1, 2) if x]))
            x += {y: (not a)}
        @f
        @x.m(b[None])
        def deco_target(q=[c for y in (-b) if b], *, r=lambda: x):
            return ([x, c] if (1, 2) else (b or y))
            y = c.m(y, k=a.m(b, k=[b for y in x if y]))
            f((2 if c else b))
    def h(*args, c):
        nonlocal_target = (f(a, y) < c)
        del c
def gen(a, *rest):
    yield from [c for x in x if (not c)]
    try:
        return ((-1 + 's') + (not x))
        def gen(a, *rest):
            yield from [y, f(b, a)]
            pass
            return (not (not b))
            yield (a, rest)
    finally:
        f((not a))
        @f
        @y.m(f'{y}-{x!r}')
        def deco_target(q=x[(-x)], *, r=lambda: y):
            y += (x[x] < a <= x)
            a += (None and {10: b})
    yield (a, rest)
raise ValueError((c or b))
