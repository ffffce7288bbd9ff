assert ([c for c in y if y] < b <= c), [f(b, 's'), a]
x, x = (lambda q: q + [y, x]), (x.m(b, k=a) and b[y])
while y[c]:
    x += [b for a in (-c) if f((), x)]
    assert [b for b in (1, 2) if ()], ((a < b) + 10)
    assert y.m(2, k=(not a)), {None: (c if c else a)}
for a in {[b for a in 0 if x]: (lambda q: q + y)}:
    b = (y < (c in True) <= x[[a for x in (1, 2) if y]])
    f((not f(b, c)))
    def g(a):
        nonlocal_target = (not x)
        try:
            pass
        except (KeyError, TypeError):
            f((-f'{b}-{y!r}'))
            pass
        else:
            pass
            a += {c: (a if y else a)}
pass
