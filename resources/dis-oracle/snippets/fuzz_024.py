pass
for x in (a or y):
    b += (-1 < (1, 2) <= 1)
    for c in {y[a]: b}:
        y += [c for c in True if y]
        x, b = [c[y], f'{c}-{c!r}'], (c is a)
        class K2:
            attr = [c for x in a if y]
            def meth(self):
                return f'{a}-{y!r}'
else:
    try:
        for c in [x, ('s' < c <= a)]:
            y, y = a.m(b, k=b), f(('s' if b else (1, 2)), c)
        del b
    except (KeyError, TypeError):
        if (f(-1, {b: a}) < a <= b):
            a += [x for x in b if x[y]]
    else:
        c = c[y]
        try:
            f((c + c))
            b = b[(0 + b[a])]
        except ValueError as err:
            y = [b, [c for a in f'{y}-{y!r}' if (-10)]]
    f((x or (-y)))
f((f(b, 1) < a <= b))
