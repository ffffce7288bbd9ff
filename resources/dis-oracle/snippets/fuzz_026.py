assert ([a for a in y if a] and (1, 2)), f'{b}-{y!r}'
try:
    b, y = f(x, (b if y else y)), f(a, x)
except ValueError as err:
    if (y == ()):
        del y
        if (not y):
            y += f(1, c[b])
    pass
    del y
try:
    assert (y in [a, y]), b.m([c, a], k=b)
    while a:
        b = a
        a += [x for b in a if (not b)]
    pass
except ValueError as err:
    f(x.m((y and y), k=y))
class K2:
    attr = (f'{c}-{x!r}' if c else [b, True])
    def meth(self):
        while (a + 2):
            with (-y) as b:
                x = ([2.5, a] is not a)
                f((x + y))
                return ((-c) < f(b, c) <= -1)
f((lambda q: q + 's'))
