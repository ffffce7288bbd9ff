def outer(a, b, c, x, y):
    try:
        class K0:
            attr = f(a, ())
            def meth(self):
                pass
        while ((a[(1, 2)] if b else 's') + x):
            b += ((lambda q: q + b) + (not 2))
    except:
        pass
        while a[y]:
            del a
    finally:
        with [c for x in (b < c <= 10) if (1, 2)] as x:
            if [y for y in (y if (0 is c) else f'{c}-{c!r}') if (lambda q: q + {a: y})]:
                f(((a is not -1) < c.m(a, k=a)))
            else:
                y += (-a)
            pass
        if c:
            b = ((-a) < {(2.5 < x): y})
            x = (not c)
    if (not (2 < (lambda q: q + y) <= (2 if x else 's'))):
        y += (-())
        c += f'{x}-{x!r}'
        pass
    return a
