def outer(a, b, c, x, y):
    def k():
        class B0(K0 if x else object):
            def __init__(self, v={a: y}):
                super().__init__()
                y += f(x, a)
                def inner():
                    nonlocal b
                    b = {b for b in y if b}
                    return b
                x.attr += f'{b}-{a!r}'
                x[{c: (x + 2.5)}] -= 1
            def get(self):
                return __class__, self
        b = b = (lambda q: q + 0)
    with [(a is not -1), [x for y in b if b]] as a:
        with f((2 or c)) as x, f((-(-1 and a))):
            with f((c is f'{b}-{x!r}')) as x, f(y.m((b is not x), k=y)):
                y = (x if b else f'{b}-{a!r}')
                b += (10 + b)
            for c in (1 and 0):
                y += (lambda q: q + [c, b])
                f((not a))
            else:
                pass
                pass
    return a
