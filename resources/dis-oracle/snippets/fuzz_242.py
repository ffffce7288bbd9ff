global b
b = (lambda q: q + 2.5)
try:
    global c
    c = x[x]
    c.attr += (2 if (lambda q: q + b) else b)
    c[y.m(2.5, k={b: b})] -= 1
except (KeyError, TypeError):
    assert [y for c in 1 if x], [[x, -1], y]
    with [b for x in 1 if x] as x:
        with (lambda q: q + (y or (1, 2))) as x:
            x, y = x.m(x, k=[True, b]), ((a + b) if (not x) else (c is c))
        f(c[y])
        for y in f(('s' < c <= a), a):
            f(([y for c in b if None] < () <= (-y)))
            x, b = ({c: y} + c[None]), {(a < (1, 2) <= x): (1, 2)}
    raise ValueError(a[{y: a}])
else:
    f(((b if c else 0) if None else True))
a.attr += (not x[y])
a[(-{1: c})] -= 1
assert f'{y}-{b!r}', (lambda q: q + b)
