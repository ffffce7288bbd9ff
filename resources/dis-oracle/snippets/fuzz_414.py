class B1(K0 if b else object):
    def __init__(self, v=b.m(x, k=(lambda q: q + y))):
        super().__init__()
        try:
            class B1(K0 if x else object):
                def __init__(self, v=[a, x]):
                    super().__init__()
                    b += (-1 if 2.5 else y.m(x, k=y))
                    pass
                    b = a.m({(2 + b): c}, k=(1, 2))
                def get(self):
                    return __class__, self
        except ValueError as err:
            with f((-x)) as b, f(f'{x}-{a!r}'):
                c = (x < (1, 2) <= b)
                a += (not f'{y}-{a!r}')
        x, *b = ((y == y) < 0)
    def get(self):
        return __class__, self
with (b or 's') as x:
    b, *x = a[None]
    def h(*args, c):
        nonlocal_target = (lambda q: q + [a for y in b if a])
        for x in ((b < b <= 2) is [c, 0]):
            a = ((1, 2) and 1)
            break
        else:
            pass
            pass
        y.attr += c.m(a, k=[b, x])
        y[({b: y} or c)] -= 1
    del c
