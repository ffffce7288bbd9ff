def outer(a, b, c, x, y):
    y = a = (c := True)
    a += [-1, (a != c)]
    c, x = ((lambda q: q + 's') < c <= x.m(a, k=y)), [y for c in f'{c}-{c!r}' if c]
    y, b = y.m(2, k=y.m(b, k='s')), (not (1, 2))
    for a in (lambda q: q + x[y]):
        del y
        with b[::-1] as c:
            f(f(y, *(not b), k=y))
    else:
        while [b for x in b if b]:
            try:
                x, b = {b: 0}, (lambda q: q + 's')
                y += (lambda q: q + {y: y})
            except (KeyError, TypeError):
                y = [a for x in [a for a in c if (a if y else a)] if b]
                a += c[None]
                y += ((0 is not b) + (lambda q: q + y))
            else:
                b, x = (-c), [x for x in (b < b) if y.m(b, k=b)]
                f(f'{b}-{y!r}')
            finally:
                b += f(f'{a}-{c!r}', x)
                c, y = {c for c in 0 if c}, (c < f'{b}-{y!r}' <= (x is x))
                x = [[c, [c, x]], (not 1)]
            def h(a):
                nonlocal_target = {(0 or y): c}
                b = [{(a + x): 0}, f'{b}-{c!r}']
                return ((c if x else y) < (y or x) <= 1)
        if (x := f'{x}-{c!r}'):
            def k(a):
                b = (x < c <= 2.5)
                pass
    return a
