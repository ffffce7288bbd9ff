f([y, 2.5])
f(((not -1) + (lambda q: q + ())))
try:
    try:
        def k(x, /, y=2, **kw):
            f((lambda q: q + (y + c)))
        import os.path as b
    except ValueError as err:
        class K1:
            attr = {10: 1}
            def meth(self):
                return ((-y) if y else (x and x))
                f(f'{a}-{y!r}')
        with [None, 0] as x:
            y = (b if c else c)
    y, x = (b + 10), f'{c}-{y!r}'
except ValueError as err:
    assert (not [b, b]), f(c, (lambda q: q + y))
    a, *x = (c < y[x])
def k(x, /, y=2, **kw):
    try:
        a, *b = [2.5, ('s' < y <= ())]
        def h():
            nonlocal_target = c[(not 10)]
            c = (c < (1 != a) <= x)
            a += ([c for x in 2.5 if y] != (not b))
    except ValueError as err:
        for a in {c: 's' for c in y}:
            y = [a for x in a[(not 2.5)] if f'{y}-{x!r}']
            continue
            x += (f'{c}-{c!r}' in {c: b})
        def inner():
            nonlocal b
            b = ({(): x} + 2)
            return b
        for x in [c for y in f(2, y) if c]:
            break
            c += [a for b in c if ()]
    finally:
        def inner():
            nonlocal c
            c = b[b]
            return c
        a = (y or y)
with ((b and (1, 2)) and b) as y:
    x = ((-b) + 1)
    if (a := [10, x]):
        for a in ((y + b) and 's'):
            y += (b + x)
        else:
            a, c = (a if {x: a} else 2.5), (x := x.m(a, k=b))
            y = (y < f'{b}-{y!r}')
        if (c := (x and b)):
            c, x = f(a, 1), ([-1, y] != (lambda q: q + a))
    assert y.m(c, k=a), (10 if (-x) else {b: c})
