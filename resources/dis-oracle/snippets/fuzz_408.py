while f'{x}-{b!r}':
    a, *x = (y if c else b[y])
if (a := ((None if y else y) < (lambda q: q + a) <= 's')):
    with f(f'{b}-{c!r}') as y, f(((None + x) or x)):
        def gen(a, *rest):
            yield from (() is not {c: y})
            pass
            y = {'s': x}
            a = [b for b in True if (-a)]
            yield (a, rest)
        @f
        @b.m([y for a in (c + 2) if (y or b)])
        def deco_target(q=((not x) < b <= (c < a <= c)), *, r=lambda: b):
            c = (b + 0)
            y += (() + x)
        def gen(y, *rest):
            yield from [x for x in y if c]
            f((x in b))
            yield (y, rest)
a.attr += f'{y}-{c!r}'
a[({y: x} if 2 else True)] -= 1
