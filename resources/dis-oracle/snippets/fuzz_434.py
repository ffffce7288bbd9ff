if (lambda q: q + 2):
    y = {c for c in () if c}
    try:
        a += {x: c}
        x = {*b[(1, 2)], [y, b]}
        x = ((not f(0, 0)), *(c.m(x, k=x) if 's' else -1))
        pass
    except (KeyError, TypeError):
        with f(c[f(x, a)]) as c, f(((not x) in 1)):
            pass
            b, c = (lambda q: q + 10), [a, y]
        x, a = sum(y for y in a), (-2)
        c = y = [a for x in y if [x, True]]
    else:
        try:
            pass
            b, x = f'{y}-{y!r}', f(f'{y}-{b!r}', [b, a])
        finally:
            f(([a for b in y if b] + 2.5))
    class K2:
        attr = (b == b)
        def meth(self):
            class B1(K0 if x else object):
                def __init__(self, v=[{x: c}, {x: a}]):
                    super().__init__()
                    x = (b < [{10: a}, y] <= x)
                    b += f'{c}-{x!r}'
                    return (-10)
                def get(self):
                    return __class__, self
b = x[{c: f(y, c)}]
y, *y = (-1 + {2: y})
for c in ([a for b in a if c] < (0 is not 0) <= 2.5):
    x.attr += f(f'{y}-{c!r}', (x if a else y))
    x[[{x: a}, True]] -= 1
    f([b, 2.5])
    raise ValueError((lambda q: q + b[y]))
