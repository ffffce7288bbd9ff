def outer(a, b, c, x, y):
    b = ({(): {a: a}} < 1 <= 10)
    b += (0 == (y < -1 <= x))
    pass
    try:
        def gen(y, *rest):
            yield from {[y, c]: f'{x}-{b!r}'}
            x, *c = [a for x in (not 2.5) if y]
            yield (y, rest)
    finally:
        class K1:
            attr = (c if 0 else {1: y})
            def meth(self):
                f(f(((1, 2) is c), y))
        for c in (c and y[a]):
            with f({a[x]: (y is not c)}) as c, f((a + x)):
                break
            while (2 + (c if (x if b else c) else (y < x))):
                c = x[[x, (1, 2)]]
                f(f(x, f(x, 's')))
                continue
            x += (not (x is not a))
    pass
    return a
