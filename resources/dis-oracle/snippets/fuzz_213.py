def outer(a, b, c, x, y):
    if (x := (f(2, x) < c)):
        while (f'{a}-{x!r}' + c):
            c = ((1, 2) in b)
            del b
            try:
                f((lambda q: q + c))
                c, y = (-f(b, y)), {b: 1}
            except (KeyError, TypeError):
                x, y = y[2.5], f'{b}-{x!r}'
                c += (2.5 + f'{y}-{b!r}')
                continue
            else:
                continue
        class K0:
            attr = (y < y.m(b, k=-1) <= [a for x in c if a])
            def meth(self):
                x += f'{c}-{y!r}'
                with [b for b in (b + c) if x] as a:
                    f((c < None <= {a: x}))
                    f({x: y})
                    return (2.5 < b <= 2.5)
                def inner():
                    nonlocal a
                    a = (-1 if 0 else f(y, y))
                    return a
    for x in (a[b] in b):
        c = (b < (1, 2) <= True)
    else:
        for c in (lambda q: q + f(x, x)):
            continue
            a.attr += (b != (lambda q: q + a))
            a[(y < b.m(a, k=b))] -= 1
            if (y := (b.m(a, k=b) + (y in 10))):
                x = (-x)
        assert (not (y + None)), f((x + x), 2.5)
    return a
