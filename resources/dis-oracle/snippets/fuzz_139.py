def outer(a, b, c, x, y):
    try:
        with (-y) as y:
            try:
                f(f((not x), (-c)))
                y = [c for c in y if y]
            except ValueError as err:
                a, b = {(None and x): b}, (-None)
                a += ((-10) is not a)
        assert (not (b is not -1)), (() < x)
        b += (1 + [b for a in c if x])
    except ValueError as err:
        def h(a, b=1):
            with f(b[y], f(c, 1)) as x:
                return f'{y}-{y!r}'
                f({a: x})
                f((((1, 2) if a else c) + 1))
            while ((1 or True) or -1):
                x += {y: (-x)}
            def h(x, /, y=2, **kw):
                a += [c for y in y if x]
        if [y, (-(b is b))]:
            pass
            with {(): True} as b:
                f({(lambda q: q + c): ()})
        pass
    del b
    a += x[y]
    return a
