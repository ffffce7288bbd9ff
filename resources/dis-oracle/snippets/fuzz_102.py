f(f(2.5, b))
pass
b = (lambda q: q + c)
if (2.5 in b):
    with f(y, (lambda q: q + c)) as y:
        if f'{b}-{c!r}':
            x = c
            y += f'{b}-{y!r}'
            y = f(x, ())
        else:
            a, a = {b: (b in y)}, a[x]
            y, y = c[c], {c: y}
    assert [c for a in c if (1, 2)], (f((), b) < y <= {x: c})
    f((not (-b)))
