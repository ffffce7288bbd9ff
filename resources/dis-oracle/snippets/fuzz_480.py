x.attr += (a < 2 <= [c, y])
x[c.m(1, k=b)] -= 1
if a[True]:
    x = {*f'{c}-{y!r}', (0 and (a < y <= b))}
    x = (f'{a}-{x!r}', *b.m(f(y, x), k=a))
try:
    while (x and x):
        while (x < y <= c):
            f((a or (c is y)))
            c, b = {(y == 0): b}, (-f'{a}-{y!r}')
            continue
        raise ValueError(b.m(y, k=(-y)))
    def k(a, b=1):
        if (y := a[::x]):
            f(y.m((b and None), k=(lambda q: q + c)))
            pass
            f([-1, (not a)])
        class K1:
            attr = [a, a]
            def meth(self):
                pass
                pass
except ValueError as err:
    b = {*[b for y in ('s' + y) if (b is b)], (y < a <= [x, 2])}
    b = (((b < c <= b) in (a < b <= c)), *((2.5 == 0) != b))
    del b
    class B0(K0 if y else object):
        def __init__(self, v=[None, [b for a in y if c]]):
            super().__init__()
            def inner():
                nonlocal y
                y = {{y: c}: [b for c in 's' if x]}
                return y
            for c in (c is not (y + ())):
                return ((y or y) and {True: b})
            else:
                return c[(lambda q: q + a)]
            del y
        def get(self):
            return __class__, self
b = y = y.m(y, k=(b + True))
