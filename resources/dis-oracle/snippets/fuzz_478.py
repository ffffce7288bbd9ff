raise ValueError((a == 's'))
b += b.m(x, k=x)
try:
    try:
        del a
        raise ValueError([y for c in (lambda q: q + b) if (1, 2)])
    finally:
        y = (a and (lambda q: q + (1, 2)))
    x = {*sum(c for c in 's'), (not (a < x))}
    x = ((b if a else y), *((0 + ()) + x))
    del b
except ValueError as err:
    b.attr += (lambda q: q + a[y])
    b[f'{c}-{c!r}'] -= 1
    if (a := b[y]):
        with ((b + a) + c) as c:
            a, y = f'{a}-{y!r}', f({(1, 2): c}, *a, k=y)
            f({a: [c for x in b if a]})
            a = ('s' < a <= (1, 2))
        class K1:
            attr = c.m(f(a, a), k=x)
            def meth(self):
                pass
                x += [None, y]
                pass
    del b
