def outer(a, b, c, x, y):
    class B0(K0 if b else object):
        def __init__(self, v=(-(a if True else c))):
            super().__init__()
            c.attr += (lambda q: q + c)
            c[(b.m(y, k=b) or c)] -= 1
            while (y[-1] and b.m((1, 2), k=x)):
                for c in f'{c:>{(0 + x)}}':
                    return {True: ['s', x]}
                def h(*args, c):
                    nonlocal_target = f(*2.5, **f(x, (1, 2)))
                    f(a[(lambda q: q + a)])
            with f([b, a[y]]) as y, f((lambda q: q + 2.5)):
                x += ((not x) < (not a) <= 2.5)
                if ((a if (1, 2) else y) < b[c] <= (lambda q: q + a)):
                    return (lambda q: q + (b or 1))
                    c += {f(c, c): x}
        def get(self):
            return __class__, self
    def h():
        a = sum(c for c in y)
        if (c := (2.5 or x)):
            del y
            if [b for y in (-10) if x.m(a, k=b)]:
                y = ((), *'s')
                a = (c or [y, (2 < b <= 's')])
                b = (lambda q: q + y)
            with f(a.m(f(b, b), k=(b + a))) as a, f((not (-1 if y else x))):
                y = (-2.5)
                y = (not b)
                return (f(b, c) if {x: ()} else b)
        def g(a):
            nonlocal_target = (-(1, 2))
            pass
            b, *b = b[(1, 2)]
    b += f'{a}-{a!r}'
    if (b := f(*2, **-1)):
        assert {10: c.m(b, k=b)}, (c if b else y)
    return a
