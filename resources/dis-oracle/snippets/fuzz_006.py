try:
    f({10: (1 if y else 10)})
    f((10 < (a == a) <= {1: y}))
except (KeyError, TypeError):
    class K0:
        attr = (2 + 1)
        def meth(self):
            def g(a, b=1):
                nonlocal_target = (b and -1)
                y += c.m(y, k=(a or c))
    x, a = (not 's'), (not a)
    try:
        try:
            b = (x + (0 if x else 0))
            y += (-(-c))
            x, y = (y and [b, y]), (lambda q: q + y.m(-1, k=2.5))
        except ValueError as err:
            c, c = {{1: y}: a}, a
            c, a = (b < (-a) <= x), [c for a in (2.5 + x) if y]
        finally:
            c += (-1 < a.m(a, k=x) <= y[a])
    except ValueError as err:
        del b
        assert ((y if x else True) < y <= {x: c}), [y for c in f(b, y) if f'{b}-{b!r}']
else:
    with c[x] as b:
        f((-(1, 2)))
with {a: f(2, c)} as x:
    while ((f(c, y) if (lambda q: q + c) else (lambda q: q + b)) < (1, 2)):
        if ([x, a] or f'{y}-{b!r}'):
            x, x = [(c != -1), a[b]], [y, (x < y <= -1)]
            b += (b is a)
            a += ((-y) < b.m(y, k=a))
    x = [a, (not c)]
    if (2.5 is not (f(0, b) if (x < -1 <= y) else f'{a}-{x!r}')):
        del x
        def h(a, b=1):
            x = x
        y, y = (-a), (b < f'{b}-{x!r}' <= b)
    else:
        del x
assert [y for x in y.m(b, k=y) if b], x.m(2.5, k=(a < x <= b))
a, y = f((x if y else (1, 2)), c), c[b]
