while b[(() == f'{c}-{y!r}')]:
    with f((-[c, x])) as a, f(f'{y}-{b!r}'):
        del y
        try:
            a, a = (y < y <= -1), (2.5, *2)
            continue
            a += (a, *{y: a})
        finally:
            continue
            continue
            f(c.m(a, k=a))
    del b
while [c for a in (f'{a}-{b!r}' != y) if a]:
    raise ValueError((y + [c, y]))
    b = (not 's')
f((y < (lambda q: q + a) <= x[y]))
def g(a, b=1):
    x = a.m((b.m(a, k=y) < y[b] <= (c < y <= y)), k=10)
    if (not ()):
        class K2:
            attr = [b for c in y if c]
            def meth(self):
                c += [y for a in (-x) if (1, 2)]
                b += ((0 < x <= a) is x.m(x, k=c))
        def inner():
            nonlocal x
            x = {x for x in x if x}
            return x
    for y in [a for b in c if 1]:
        a.attr += (2 + (c or b))
        a[{c: x for c in (True and a)}] -= 1
