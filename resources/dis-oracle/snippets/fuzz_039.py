def outer(a, b, c, x, y):
    try:
        f(((c and y) and [x for c in a if c]))
        c, x = x[(-1 if b else c)], (not (-None))
        for y in y.m(x, k=x):
            while [x for b in ((1, 2) and 2) if 10]:
                y, x = (-a), {(10 and (1, 2)): a}
                y += f'{a}-{y!r}'
                f(b.m(('s' < ()), k=a))
            while {2: x}:
                x += f(2.5, x)
                break
    except ValueError as err:
        try:
            try:
                f((x < b <= {a: c}))
                x = ((-y) < 2.5 <= y)
            except:
                f((y and y))
                a, a = [(not y), [x, y]], {'s': y}
                y = a[(1, 2)]
        except ValueError as err:
            c = [(1, 2), (2 and f(2.5, (1, 2)))]
            assert f'{c}-{b!r}', [f(c, b), None]
            x = y[(1, 2)]
        assert f((-c), x), x.m((1, 2), k='s')
    c = {c: {(): (x < x <= c)}}
    f((lambda q: q + x))
    class K2:
        attr = f'{y}-{b!r}'
        def meth(self):
            del c
    del y
    return a
