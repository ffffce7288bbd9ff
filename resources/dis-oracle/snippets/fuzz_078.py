assert y[x], {b.m(y, k=0): (x + y)}
if [y for c in (lambda q: q + (lambda q: q + x)) if y]:
    for b in {c: x}:
        try:
            f((() is not (x < c <= x)))
        except (KeyError, TypeError):
            x = (-a)
            break
            break
        else:
            f(y)
        finally:
            x += [y for y in c if c]
    class K2:
        attr = b.m(c, k=f(c, c))
        def meth(self):
            for b in (10 + b):
                b = (2 + b)
                b += [c, c]
            try:
                y += {[x for y in a if a]: None}
            except (KeyError, TypeError):
                pass
                pass
            else:
                y = (((y if () else b) is not (lambda q: q + b)) < b <= f'{b}-{b!r}')
                c = ((f('s', b) + a) and (lambda q: q + (c is not y)))
            finally:
                b += ({a: b} or a)
for b in (f'{x}-{x!r}' < (lambda q: q + a) <= f'{x}-{x!r}'):
    if ([1, c] + x):
        f((2.5 + None))
        while (-a):
            continue
        c = f(a.m(c, k=f'{b}-{a!r}'), ((-2) is y))
    else:
        while (lambda q: q + y):
            x = (x or -1)
            c += (-y)
            y += (lambda q: q + (1, 2))
    assert f'{b}-{c!r}', [c for x in (c < b <= None) if x]
else:
    def k(x, /, y=2, **kw):
        nonlocal_target = (f'{b}-{b!r}' if (not b) else y)
        try:
            f([(lambda q: q + y), b])
        except (KeyError, TypeError):
            x += f'{x}-{c!r}'
            return ((-y) and ())
        else:
            f((x < (None < a <= 2) <= -1))
            f(x.m(2, k=b))
            return (f'{y}-{a!r}' + (1, 2))
        finally:
            a = a.m((1, 2), k=c)
            x = a[(lambda q: q + 1)]
            f((lambda q: q + f('s', y)))
    def h():
        c += b.m(x, k=a)
        while f(True, x):
            a = (not x)
            return f'{b}-{y!r}'
            c = (x if 0 else x[f(y, b)])
        del b
f(c[y])
y, y = 2, (not b)
