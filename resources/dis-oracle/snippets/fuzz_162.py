while b.m([{a: y}, f'{c}-{b!r}'], k=a[c.m(a, k=-1)]):
    b = (x if f(x, y[c]) else [(-y), [c for x in y if True]])
    if [y for y in [a for y in (lambda q: q + a) if 0] if c.m((() < x <= x), k=f'{x}-{b!r}')]:
        break
        if (b := ((x < c <= x) < (c is not c) <= b)):
            f(y[a])
            f(c[[c, c]])
try:
    if (y := (-b)):
        y, x = b[0], ([2, 2] < b <= b)
        raise ValueError(((c and y) + x[c]))
    a, *c = ([c for a in y if True] in 10)
    c, b = (f'{b}-{x!r}' < (-b) <= f'{c}-{c!r}'), ({b: c} and (not y))
except:
    pass
    pass
finally:
    f((f(x, x) in {c: x}))
    assert a[y], f(*(lambda q: q + y), **{a: b})
