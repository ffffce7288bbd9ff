class K1:
    attr = ((-1 == b) < 2)
    def meth(self):
        c = b.m([c for b in 1 if (-2)], k=-1)
class K2:
    attr = f(b, y)
    def meth(self):
        raise ValueError({c: a})
        def h(x, /, y=2, **kw):
            nonlocal_target = [c for b in 2 if c]
            b = y = (a if f'{a}-{b!r}' else f'{b}-{b!r}')
            import os.path as c
for y in ((1, 2) + (x + b)):
    for a in {10: 2}:
        class K0:
            attr = (y and a)
            def meth(self):
                x += ((2 if x else x) if y[x] else [a for b in a if b])
                b = (c if (-c) else (y < a <= x))
    c = y = [(-b), f'{y}-{c!r}']
    f(((10 and x) or b.m(None, k=(1, 2))))
else:
    del c
    del x
    try:
        try:
            a += (lambda q: q + f(a, a))
        except (KeyError, TypeError):
            pass
            a = x[::10]
            pass
        else:
            x, b = a[x:(not y)], b.m({b: a}, k=[a for b in x if True])
            f(a[a[c]])
        finally:
            pass
            b = (not x)
            y += x[()]
        def h(*args, c):
            pass
            f([0, b])
    except:
        while (not x):
            a += f(x, y)
    finally:
        assert (not True), [x, True]
        for y in b.m(a, k=(lambda q: q + y)):
            continue
if (c := ({c: x} is not x)):
    del b
    pass
    class K0:
        attr = (y < x <= (-c))
        def meth(self):
            with (-10) as b:
                c = (f(y, 1) or (a[(1, 2)] and [a, b]))
                c += (-a)
                y = (c + (-[b, c]))
x = b = (x < y <= a)
