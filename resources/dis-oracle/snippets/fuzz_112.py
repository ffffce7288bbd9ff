try:
    for x in {{x: True}: x[a]}:
        while (not a):
            c += {x: f((1, 2), b)}
        try:
            continue
            a = (-2)
        except (KeyError, TypeError):
            y += a[{b: b}]
            c, b = {(): [a for y in -1 if c]}, (not 's')
            b = [x, 0]
        else:
            continue
            c += ([x for y in (1, 2) if a] is (a < b <= 0))
    pass
    f(f'{b}-{b!r}')
except ValueError as err:
    for c in [b for b in c if c]:
        try:
            a, c = (c == b), (a if True else c)
            continue
            f(((a != 1) < y))
        except:
            break
            f(f(x, (a and c)))
            a += 10
        for a in c[y]:
            y += (b[(1, 2)] + (a in x))
    else:
        f((2.5 < c <= -1))
        class K1:
            attr = (y[c] + [y for x in y if a])
            def meth(self):
                a = (a if 10 else ((0 is not b) < [a, b] <= a))
                return ((lambda q: q + b) < b)
                x += {a: y}
        with ((a + a) and (lambda q: q + y)) as x:
            pass
            y = (not (not (x < y <= True)))
            pass
assert (lambda q: q + ()), f'{x}-{x!r}'
def g():
    nonlocal_target = [b for a in (0 if y else 's') if f'{x}-{b!r}']
    f([b for a in b if {b: b}])
f((lambda q: q + 1))
