def outer(a, b, c, x, y):
    if (y := b[y[b]]):
        while a.m(10, k=(lambda q: q + c)):
            @f
            @b.m(f'{y}-{c!r}')
            def deco_target(q=f'{c}-{y!r}', *, r=lambda: b):
                pass
                y += (y < (a < y <= c) <= (y and True))
            x += (-2)
    def g(x, /, y=2, **kw):
        a = x = [c, 's']
        if (c := x[(1, 2)]):
            try:
                x = [c for c in True if 2]
            finally:
                f((a if f'{a}-{b!r}' else (1, 2)))
                return [a for a in y if a]
                return f(y, b.m((), k=b))
            def gen(a, *rest):
                yield from (None in c)
                f({None: (c if 0 else b)})
                pass
                pass
                yield (a, rest)
            def inner():
                nonlocal a
                a = (f'{a}-{c!r}' and y)
                return a
    return a
