def outer(a, b, c, x, y):
    try:
        f((a[b] + b))
    except ValueError as err:
        for b in (lambda q: q + [b, b]):
            y = x[b]
        else:
            class B0(K0 if c else object):
                def __init__(self, v=(lambda q: q + a)):
                    super().__init__()
                    f((-c))
                    f([c, f'{y}-{c!r}'])
                    x = (f(c, y) and (c < f(None, 2) <= [c, 10]))
                def get(self):
                    return __class__, self
        c = {**(y and f'{c}-{c!r}'), 'k': f(b, (lambda q: q + x)), **{}}
        c = [*(y if b else x), c[1:c], *()]
    f((x if (lambda q: q + a) else -1))
    return a
