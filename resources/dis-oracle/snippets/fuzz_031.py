def outer(a, b, c, x, y):
    while (1 or 2):
        f(x.m((-x), k=2))
        class K1:
            attr = [1, (x < a <= c)]
            def meth(self):
                with (() and a[y]) as b:
                    pass
                    y = [(not a), c]
                if (c if (True < [c for a in c if b]) else [a for c in [c for y in y if None] if a[b]]):
                    return (lambda q: q + [b for c in x if b])
                    return (-c.m(b, k='s'))
                else:
                    return (-b['s'])
        a += ((not c) < {True: (1, 2)} <= 1)
    class K1:
        attr = (y and x)
        def meth(self):
            pass
            def k(a, b=1):
                if y.m([b for y in (-1 != c) if ()], k=b):
                    c += [0, -1]
                    b += (not b)
                    b = (lambda q: q + f('s', b[x]))
                else:
                    y += (lambda q: q + y.m(1, k=y))
                    return (0 + y)
                    x += (lambda q: q + (c < x <= -1))
                def g(x, /, y=2, **kw):
                    nonlocal_target = f((y < y <= c), b)
                    return (lambda q: q + (y is b))
                if [x for a in [y for b in 1 if c] if b]:
                    b += f(y, c)
                else:
                    b = [a, c[True]]
                    f(b[2.5])
            del a
    c = (not a)
    f((lambda q: q + y))
    return a
