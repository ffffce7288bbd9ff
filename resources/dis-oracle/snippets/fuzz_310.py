while (-y):
    raise ValueError((-b[y]))
for c in ((b and (1, 2)) == (y + b)):
    c += (() or c)
    if (-x):
        y = (not x)
    else:
        c = c = {None: -1}
        if (b := y[y]):
            a, y = [x for c in b if b], (-(not 2))
            f([(x < a <= y), 10])
    continue
class B0(K0 if c else object):
    def __init__(self, v=f'{c}-{y!r}'):
        super().__init__()
        raise ValueError((-(x in b)))
    def get(self):
        return __class__, self
