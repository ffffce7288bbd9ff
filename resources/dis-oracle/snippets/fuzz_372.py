class B0(K0 if a else object):
    def __init__(self, v=[f'{y}-{x!r}', x]):
        super().__init__()
        a += ((x + x) < y <= x)
        f(b[a])
        try:
            for c in (x if a else b):
                c += (c, *10)
                a += f(x, (a < x <= c))
                f((2 < f'{x}-{b!r}' <= c))
            else:
                c = (c < a <= x)
                f(f'{x}-{x!r}')
        finally:
            while {[0, (b or b)]: None}:
                c = f(*c, **(-a))
    def get(self):
        return __class__, self
x, *a = (lambda q: q + [b for x in b if y])
if (b := (c is not (y + a))):
    for b in (c.m(b, k=-1) or c):
        y = [y for y in [c for x in ('s' if (1, 2) else b) if x] if (lambda q: q + x[a])]
        y, a = [a for a in 2.5 if -1], b[f(c, -1):b]
    x = [a for a in [b, (-x)] if (lambda q: q + (y + b))]
    if (a := ((-0) + b)):
        b, *y = ((-a) < a <= [b for c in c if y])
for y in f(a, (lambda q: q + True)):
    while ((-(a < x <= a)) + 2.5):
        try:
            x += (x < (1, 2))
            x += (f(a, 1) and 1)
            y += f(a, (b + ()))
        except:
            c, c = [0, y[x]], (lambda q: q + (1, 2))
            c += x.m(2, k=x)
            f({f'{c}-{a!r}': x})
        finally:
            c = f'{b:>{sum(a for a in y)}}'
