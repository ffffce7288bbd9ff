def outer(a, b, c, x, y):
    try:
        try:
            for y in x[0]:
                y = ((1, 2) if (('s' or b) if 1 else x) else y)
                f(f'{b}-{y!r}')
            class K0:
                attr = (y if (lambda q: q + (1, 2)) else (y if y else x))
                def meth(self):
                    c = (b or (y < x <= c))
                    c = c.m(c, k=None)
        except:
            x = (x + a)
            while f([True, 2], b):
                b, y = (lambda q: q + (-c)), (lambda q: q + (not c))
            if [y for c in c if y]:
                b += (-'s')
                c, c = (('s' < -1 <= 2) and (c or b)), [a for y in (-0) if f(b, x)]
        finally:
            pass
            while (-(True or f'{y}-{a!r}')):
                x, a = a.m(c, k={0: x}), (-1 + None)
                break
                y, y = f'{b}-{x!r}', x[x]
        for c in [b for y in x if (c + x)]:
            b += (--1)
        else:
            pass
            def h(a, b=1):
                pass
            while (-x):
                a += ((x < b <= True) if {x: None} else [a for b in y if ()])
        if {a.m(None, k=f'{b}-{b!r}'): (y + [x, x])}:
            f((-a))
        else:
            if (a.m(b, k=x) and (1, 2)):
                pass
                pass
                pass
            else:
                a = (x < x <= c)
    except (KeyError, TypeError):
        c += (-[a, a])
        def h():
            f((lambda q: q + (-y)))
            class K1:
                attr = (b + b)
                def meth(self):
                    pass
                    pass
            with y[a] as x:
                pass
                return (x and (c != x))
                return y[c]
        for b in (-()):
            break
        else:
            f((c if x.m(y, k=0) else (-(1, 2))))
            f(([-1, y] + y))
    else:
        for a in f({(): c}, c):
            assert y.m((), k=y), [c for a in a if (1, 2)]
            if b.m((not b), k={x: a}):
                c, a = f'{a}-{y!r}', (f'{y}-{x!r}' < y <= y)
                f(a[a])
            else:
                break
                c += (c if (-10) else b)
                y += ({0: b} + b)
        else:
            assert {y: ()}, (0 or b)
            y = {(): f'{x}-{x!r}'}
            c += a.m((1, 2), k=1)
        b, a = f'{a}-{c!r}', [y, (c < c)]
    f(a)
    while (-y):
        break
        assert ((a == x) if a.m(a, k=y) else b), (b if b else {y: a})
    return a
