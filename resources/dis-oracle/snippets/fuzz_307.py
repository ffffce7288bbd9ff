def outer(a, b, c, x, y):
    a += [x for c in c if y]
    with f'{a}-{b!r}' as a:
        try:
            del c
            try:
                c = (a + y[::[y, (1, 2)]])
            except ValueError as err:
                c += (not (c + None))
        finally:
            if {f(c, [b, b]): (c < b <= x.m(10, k=b))}:
                f((x or x))
                c = [c for x in c if ((0 and x) < 's')]
                pass
            try:
                x = (not [2, (lambda q: q + a)])
            finally:
                f((b + c))
                pass
                b = y[(f(y, y) if b else f(0, b))]
            try:
                b = f((not f'{b}-{c!r}'), 's')
                c, c = sum(c for c in 2), [y for b in c if (x < a <= (1, 2))]
                x = (lambda q: q + (lambda q: q + 2))
            finally:
                b = (-c)
                x, x = (x is [y for x in a if a]), (not 's')
        class K2:
            attr = (-1 + a[a])
            def meth(self):
                try:
                    pass
                    a = (f((lambda q: q + a), [y for x in -1 if x]) < (lambda q: q + a) <= (x if None else (y < x <= a)))
                    c += b.m(b, k=b)
                finally:
                    c = [y for y in x if b]
                pass
    y, a = x[y], ((1, 2) != x)
    return a
