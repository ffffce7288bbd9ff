def outer(a, b, c, x, y):
    class K1:
        attr = (y if f(None, b) else f'{c}-{a!r}')
        def meth(self):
            def inner():
                nonlocal y
                y = [(c in y), (lambda q: q + c)]
                return y
    try:
        b.attr += {y: ()}
        b[((1, 2) or b[a])] -= 1
        while (x is [c for y in {b: c} if 2.5]):
            def h(*args, c):
                pass
                b += ((b + c) or (y is x))
                x += [(), 0]
        a += [c for c in 1 if c]
    except (KeyError, TypeError):
        y = b[(y.m(x, k=y) if f'{y}-{x!r}' else y)]
        y.attr += (lambda q: q + [y, c])
        y[c[a]] -= 1
    else:
        def h():
            if [[a, [b, c]], x.m(c, k=1)]:
                return {2.5: (-c)}
                f(f'{x}-{b!r}')
    return a
