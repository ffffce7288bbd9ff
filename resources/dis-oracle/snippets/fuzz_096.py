try:
    def k(a):
        nonlocal_target = f'{x}-{b!r}'
        while (b + [c, x]):
            return f'{y}-{b!r}'
            f([[x for y in y if x], (c + a)])
    pass
    c, b = [y, x], c[True]
except ValueError as err:
    del a
    with f(10, y) as c:
        for x in f'{b}-{a!r}':
            c += f'{b}-{x!r}'
            x = ((1 < (1, 2) <= b) < c)
finally:
    def k(*args, c):
        c += {c.m(-1, k=True): 10}
    def h():
        nonlocal_target = (not (1, 2))
        for y in f(b, None):
            return (lambda q: q + (x if c else y))
            return f(f(y, c), 2)
        class K1:
            attr = f'{x}-{a!r}'
            def meth(self):
                a += x[c]
                y = x
        yield (None or x)
x += f'{x}-{b!r}'
def k():
    while {a.m(True, k=b): (2 and (1, 2))}:
        class K0:
            attr = b.m(c, k=y)
            def meth(self):
                f(((-y) < [c, y] <= x))
                pass
                return [0, 2]
        for a in (not 2):
            return [0, (1, 2)]
    for y in (lambda q: q + b):
        a += (lambda q: q + None)
        try:
            return {b[y]: b}
            x += f(x, b)
        except (KeyError, TypeError):
            c = (-(-(lambda q: q + b)))
            f((x.m(2.5, k=c) if a else 's'))
            a = (not y)
        else:
            x += (lambda q: q + (not c))
            y += (2.5 + y)
    else:
        if f(c, ()):
            return f'{x}-{b!r}'
            b += f'{c}-{b!r}'
    if f'{a}-{x!r}':
        pass
        del a
        while f'{y}-{y!r}':
            f(b.m(y, k=x))
            b += {c: b}
    else:
        return (not a)
        try:
            c = f'{x}-{y!r}'
            y = y.m({a: (x < 2.5 <= a)}, k=(1, 2))
        except ValueError as err:
            f(((1, 2) if 2.5 else c))
            f(f(f(True, x), 0))
