def outer(a, b, c, x, y):
    try:
        while ((-(c and x)) != a['s']):
            class K2:
                attr = ((a + b) < c <= x)
                def meth(self):
                    x = (lambda q: q + a)
                    f(f((1, 2), b))
                    c += (b in (a < x <= c))
    except:
        del x
    finally:
        if (not a):
            for c in (b is (a if 1 else x)):
                x = y[(lambda q: q + None)]
            while [(-(10 and y)), (a != 0)]:
                y, y = f((), y), (b < c)
                x += {y: [y, x]}
                c += ((lambda q: q + 2) < None)
            for x in [a for b in c if x]:
                f(([c, a] == 2.5))
                b += (y or (lambda q: q + c))
        while [f(a, [x for b in a if y]), a[b]]:
            for c in y.m((-a), k=-1):
                c, x = (-1 if f'{a}-{c!r}' else 's'), f'{y}-{b!r}'
            else:
                f((c.m(c, k=x) if (True != b) else x))
                a = (f'{a}-{c!r}' < 2.5 <= (lambda q: q + f(b, a)))
                f((() in b))
            for y in ((True is not a) < 2.5 <= x):
                continue
                break
            if b.m(y, k=f'{b}-{c!r}'):
                b += {a: a}
                break
                f(((y is b) < a <= (-c)))
        a += (1 in f(0, 0))
    y = ([y for b in (lambda q: q + x) if y[a]] in (y + b))
    return a
