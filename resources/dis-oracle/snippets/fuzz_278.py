for y in (b if c else (lambda q: q + None)):
    x, *y = (b + y)
    if x[::b]:
        if (y := ((1, 2) if (c is y) else -1)):
            a, b = a[a], {x: c for x in x[a]}
            f((b < b <= (y + 1)))
            c, b = f(a, (-b)), ((lambda q: q + a) < (c < 2 <= b) <= c)
    else:
        if c[f(0, (not y))]:
            continue
        else:
            continue
    with (x < 2.5 <= y) as c:
        class K2:
            attr = f((), ())
            def meth(self):
                f(((lambda q: q + b) < (lambda q: q + a) <= x))
                c += (True or None)
        y.attr += f'{a}-{a!r}'
        y[[(not c), a]] -= 1
        if ({c: (not b) for c in [c for c in y if c]} if x else c):
            y += (x in 2)
            break
        else:
            a = x.m(y[True], k=b)
            break
a, *b = (b.m(c, k=a) < y <= c)
y, *c = c.m(f'{a}-{x!r}', k=(2.5 + b))
if f((lambda q: q + {x: c}), *a, k=[[a for b in b if x], -1]):
    del a
raise ValueError(y.m((lambda q: q + y), k=()))
