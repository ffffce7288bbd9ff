b, y = (None != x), (a or x)
if f'{c}-{a!r}':
    try:
        try:
            f(f'{y}-{a!r}')
        except:
            y += (-a)
            c = ((1, 2) + -1)
        finally:
            y += f'{c}-{y!r}'
            f(((a + c) < (y and c)))
        try:
            pass
        except (KeyError, TypeError):
            y = (x.m((c != y), k=b) + 2)
            pass
        else:
            y = (-a)
            f(a[y])
            pass
    except:
        class K1:
            attr = [x for b in f(y, 2.5) if c]
            def meth(self):
                x = ((not b) and c)
                a += f(y, True)
                x = ((not a.m(c, k=a)) + a)
while (x < 2 <= (not (a + y))):
    a, x = (f'{b}-{b!r}' if y else b), (y.m(b, k=y) < 2 <= True)
    b += (x is y)
while (y + y):
    continue
    del a
    def k(a, b=1):
        nonlocal_target = (-f'{c}-{c!r}')
        with y[[y for x in None if True]] as b:
            return ({x: b} < (x < b))
            f(y.m((1, 2), k=(-y)))
            pass
for b in f'{b}-{y!r}':
    if (-'s'):
        try:
            y = (lambda q: q + 2.5)
        except (KeyError, TypeError):
            y += c.m(1, k=f(x, 2.5))
        else:
            c, a = ((a if a else y) + {b: c}), (y != (lambda q: q + a))
        finally:
            x = ([c, (lambda q: q + x)] < (lambda q: q + [None, y]) <= 1)
        a, x = {(x + ()): b['s']}, ([c for c in a if a] < c[b] <= (c if 1 else b))
        c = ((y or (y is y)) if x else c)
