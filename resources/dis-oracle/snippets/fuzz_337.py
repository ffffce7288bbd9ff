def outer(a, b, c, x, y):
    class K0:
        attr = f'{x}-{y!r}'
        def meth(self):
            try:
                y += [(x or b), c]
                def gen(a, *rest):
                    yield from (x + (-1 + x))
                    pass
                    return f'{b}-{a!r}'
                    yield (a, rest)
            except ValueError as err:
                a = {*f(a, a), b[a[x]]}
                a = (f'{b}-{x!r}', *{y for y in (lambda q: q + b) if y})
                if (x := (a + a[b])):
                    pass
                    f(((None < a <= a) and (x + x)))
                    return {(-a): y}
                import os.path as x
            finally:
                def gen(a, *rest):
                    yield from [(c if y else b), a]
                    return (f'{a}-{c!r}' if (b is not 1) else x)
                    c += x[(1, 2)]
                    pass
                    yield (a, rest)
                with [b for c in x if x] as c:
                    return (not [b, x])
                    a = f(*[b for y in x if f'{y}-{y!r}'], **{c for c in b if c})
    c += (c + (not y))
    return a
