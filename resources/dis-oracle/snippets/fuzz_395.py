def outer(a, b, c, x, y):
    with (c + c) as y:
        while [(b or b), [c for c in [b for b in y if b] if (not a)]]:
            try:
                b = (-10)
                f({y: (lambda q: q + a)})
                a, c = [c, f'{b}-{a!r}'], f((lambda q: q + 2.5), 1)
            except ValueError as err:
                c, y = [b, y], (b != c)
                break
            finally:
                a += (lambda q: q + y[b])
                break
                x = (lambda q: q + x)
            class B1(K0 if x else object):
                def __init__(self, v=a[f(c, 2)]):
                    super().__init__()
                    pass
                    y += (10 if y else y)
                    pass
                def get(self):
                    return __class__, self
            try:
                f({b for b in (lambda q: q + x) if b})
                c = [-1, c]
            except (KeyError, TypeError):
                y += f'{b}-{c!r}'
            else:
                x = (f(f'{y}-{c!r}', x) or x)
                c = (10 or x)
    pass
    return a
