try:
    c = y[f'{b}-{c!r}']
    x += (lambda q: q + 2)
    try:
        b += (lambda q: q + 2.5)
    except:
        def g(x, /, y=2, **kw):
            return ((a != y) < (c + y) <= ())
            f((f'{b}-{y!r}' is -1))
        while [c[10], c]:
            f(f'{b}-{a!r}')
            a, x = a.m(10, k=x.m(c, k=x)), (f'{x}-{a!r}' and (-y))
            b += c.m(a, k=a)
        def h(a, b=1):
            pass
            a = (not x)
            f(((lambda q: q + ()) or c.m(y, k=b)))
except ValueError as err:
    try:
        try:
            b, x = (lambda q: q + a), f(f(y, y), f'{y}-{a!r}')
            a, a = (not (True < a)), f'{y}-{c!r}'
            f((c.m(y, k=a) < 2 <= (c != x)))
        except (KeyError, TypeError):
            f(f(a, 's'))
        else:
            pass
        def k(x, /, y=2, **kw):
            nonlocal_target = a[True]
            a += (c if c else 0)
            f([x for b in y[(1, 2)] if {c: x}])
            x = ['s', [c for c in (x < c <= c) if a.m(y, k=b)]]
        c = ((c != a) < c <= [b for c in 2 if -1])
    except ValueError as err:
        if a[(-a)]:
            c += (c + ())
            f(((a if c else b) or 0))
            pass
    finally:
        for x in ('s' and x):
            y = [y, a]
            continue
assert (0 and {c: y}), x.m((a < 10 <= a), k=f'{x}-{a!r}')
pass
assert [[b for b in a if x], 2], (x[a] if (1, 2) else (lambda q: q + c))
