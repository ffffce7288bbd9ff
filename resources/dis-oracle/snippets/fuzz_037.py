def outer(a, b, c, x, y):
    while (f'{b}-{b!r}' is not b.m((-b), k=c)):
        break
    with f((x < b <= 2), c) as y:
        b, y = ((y and a) or y), (lambda q: q + 10)
        class K0:
            attr = y.m(b, k=a)
            def meth(self):
                f({x: [y for y in True if x]})
                c = [x, 10]
                pass
        a, b = (x.m(y, k=x) + y), (not y)
    while f'{c}-{x!r}':
        try:
            for y in (y or (-b)):
                b += (c + x)
            else:
                b, b = (c if (a or -1) else f(x, c)), ((c and a) + x)
                break
                f((-10))
        except ValueError as err:
            for a in (f(c, None) if 's' else (not a)):
                f((c + (-x)))
                break
            assert f'{x}-{b!r}', ([c for c in x if 1] if y else c)
        a = c.m((lambda q: q + x), k=x)
        del c
    return a
