y, y = (--1), (() or ())
y.attr += [x for y in y if c]
y[f((0 or b), f(c, a))] -= 1
def gen(a, *rest):
    yield from (lambda q: q + (a + c))
    while (y[[c for b in 0 if y]:c] or c[c]):
        x = {*(not 's'), (not [y, ()])}
        x = (f'{x}-{a!r}', *x[::(b and y)])
    a.attr += (lambda q: q + (y < b <= b))
    a[(c < b <= [a for y in -1 if 2])] -= 1
    try:
        for c in {b: x}:
            y = [('s' < b.m(c, k=b)), a]
            y += (a < f(x, y) <= c)
        class B0(K0 if c else object):
            def __init__(self, v=(0 < (1, 2) <= [-1, x])):
                super().__init__()
                b += {f'{c}-{c!r}': (b if a else b)}
                c = (2, *c)
            def get(self):
                return __class__, self
    except ValueError as err:
        def inner():
            nonlocal a
            a = f(x, (1, 2))
            return a
    yield (a, rest)
