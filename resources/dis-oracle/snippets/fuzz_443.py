def outer(a, b, c, x, y):
    a, a = x[None], f(2.5, y[c])
    if (x := [y for c in (lambda q: q + y) if x]):
        if ((not b) is not f(-1, 1)):
            while (-b):
                c, c = (lambda q: q + (lambda q: q + b)), (lambda q: q + c)
            if (b if b else (x + x)):
                a = {[y for x in -1 if y]: y}
                a = (c + (not f(-1, c)))
                f(a[::b])
            else:
                a, x = [(-a), b], (not a)
        else:
            while [b for a in a.m([c for x in 10 if c], k=2.5) if (c if 's' else a[c])]:
                continue
            with f((c if None else 's')) as a, f(f'{x}-{y!r}'):
                b = {(not ()): 1}
                f(({x: x} < True <= y))
    class B1(K0 if a else object):
        def __init__(self, v=f(a, *y, k=[2, c])):
            super().__init__()
            raise ValueError((c := 0))
        def get(self):
            return __class__, self
    return a
