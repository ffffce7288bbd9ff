y = [(1, 2), (c and c)]
while ((b.m(a, k=b) if x[c] else (lambda q: q + a)) + f'{b}-{a!r}'):
    y.attr += x[(x and b)]
    y[((c or x) < x)] -= 1
    while (not 2):
        if [a for y in sum(c for c in (a is c)) if True]:
            f(f'{a}-{a!r}')
        else:
            continue
            continue
        class K1:
            attr = (a and (-y))
            def meth(self):
                a = (True and (not [x, y]))
                return c.m(b, k=x)
        with (b if y[a] else ()) as b:
            a += a.m(y, k='s')
    if f'{x}-{y!r}':
        with a.m(x, k=(-y)) as c:
            c += [y, -1]
            x += (not y)
            a += (lambda q: q + y)
        if (-x[c]):
            x, y = x[b:a], f'{c}-{b!r}'
            f(x[c])
    else:
        class K0:
            attr = ((not b) + b)
            def meth(self):
                return (a < c)
                f(f('s', 2))
                pass
raise ValueError((a if (10 < 's' <= b) else (True and b)))
