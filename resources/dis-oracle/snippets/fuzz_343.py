def outer(a, b, c, x, y):
    if (b := (not 2)):
        a.attr += y[10]
        a[(b == [c, x])] -= 1
    class K1:
        attr = {y: (c if x else x)}
        def meth(self):
            class K0:
                attr = [(), c]
                def meth(self):
                    del b
                    b.attr += (c is y)
                    b[[(a and 2), [y for c in b if c]]] -= 1
                    x = {*{x: a for x in c[b]}, (x and (lambda q: q + a))}
                    x = ((not 0), *(lambda q: q + x))
            try:
                a = {**f'{x}-{x!r}', 'k': (lambda q: q + a), **{}}
                a = [*(lambda q: q + b), {c for c in b if c}, *()]
                with f((c + None)) as x, f(b.m(c, k=(True + c))):
                    c += [(True if y else x), y]
                    a = (-1 and b.m((c or -1), k=c))
                    pass
                f((a if y[a] else True))
            except ValueError as err:
                b = {**(y < None <= b), 'k': (x if x else None), **{}}
                b = [*f((), b), f'{c}-{y!r}', *()]
                b = b = b.m(-1, k=a)
                x = a[(f'{b}-{a!r}' + b)]
            raise ValueError(([b for c in c if 0] is c))
    with f((-(not -1))) as a, f(([x, (1, 2)] and x)):
        assert (lambda q: q + 1), (1 is not a)
        try:
            assert (lambda q: q + [None, c]), ('s' + (not b))
            with {b: x} as b:
                y = {(1, 2): [True, {c: (1, 2)}]}
        finally:
            try:
                f(f'{a}-{a!r}')
                c += f'{x}-{c!r}'
                pass
            finally:
                f([y for a in [y, None] if x])
                y, x = (-1 or (y is not a)), (-[c, x])
            f(c[::f((), y)])
            y.attr += (not (not a))
            y[f'{b:>{(b < a <= y)}}'] -= 1
        f(f'{x}-{y!r}')
    def k(*args, c):
        nonlocal_target = (2.5, *y)
        f(f'{b}-{c!r}')
        b, *y = (0 if (b or a) else (y and y))
        yield [c for b in [x for b in x if y] if a]
    return a
