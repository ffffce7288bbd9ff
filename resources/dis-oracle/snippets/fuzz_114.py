for a in a[y]:
    try:
        x += f((a if x else c), [y for a in None if a])
    except:
        try:
            b = f'{b}-{c!r}'
            break
        except ValueError as err:
            b, a = b[(y if y else x)], f'{y}-{y!r}'
            f(f'{y}-{x!r}')
        class K2:
            attr = ((None + y) or x)
            def meth(self):
                y += (x or [-1, c])
                pass
        while a[(not (y if b else b))]:
            f((lambda q: q + 's'))
else:
    if [y for x in (b + 0) if c]:
        def h(x, /, y=2, **kw):
            x += f'{y}-{y!r}'
            x += (not (not (1, 2)))
    else:
        def g(a, b=1):
            c += (-(lambda q: q + c))
            f((y + (a if c else y)))
        with ((not b) < y <= b) as x:
            b += b.m(f'{x}-{x!r}', k=a)
            pass
            f((lambda q: q + c))
        def k(a):
            nonlocal_target = (lambda q: q + (lambda q: q + x))
            return (-(c < y <= a))
            pass
    class K2:
        attr = [(b != a), b]
        def meth(self):
            for y in (2.5 if c else x):
                x = f((f(y, y) < 2 <= (x + 1)), True)
            with ((y < 0 <= None) and (b + c)) as y:
                y += 2
                c += f([a for y in a if x], x)
            with [(-b), c] as c:
                pass
                f([y for b in f'{x}-{c!r}' if True])
                b += (b[a] + (c + b))
y += (x[b] + c.m('s', k='s'))
del c
