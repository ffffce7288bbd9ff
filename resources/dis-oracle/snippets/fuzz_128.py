b = (c < (b < x <= c) <= (1 if x else True))
b = [x for x in f'{y}-{x!r}' if 2.5]
while [b for a in f(a, c) if (x < a[x] <= (x + x))]:
    a += (not (-1 == c))
    del c
    x, b = f(x, (lambda q: q + a)), (-y)
pass
try:
    b, b = b.m({y: x}, k=f'{a}-{x!r}'), {x: c}
except (KeyError, TypeError):
    c += f'{x}-{a!r}'
else:
    def g(a, b=1):
        nonlocal_target = {(x or 1): c}
        del x
        pass
        class K0:
            attr = [b for x in c if (y < b)]
            def meth(self):
                a = x[(y is b)]
    with f'{x}-{a!r}' as a:
        y += f(b, y[b])
        try:
            a += y[f(b, None)]
            a += (x < y <= ())
            pass
        except ValueError as err:
            y, x = y[(-a)], f((a < y <= x), y)
            x = {(): x.m((), k=2.5)}
        finally:
            b += [b, c]
