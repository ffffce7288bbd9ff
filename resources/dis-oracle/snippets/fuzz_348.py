if (b := {c: b}):
    pass
    c, y = a[1:'s'], a[c]
    with b[-1:y] as b:
        del x
        with f(f'{c}-{y!r}') as x, f({(b < y <= c): [a for c in c if a]}):
            f({c: (a + 's')})
            c = (c + x)
            b, x = (b[y] < b <= (-b)), (not (lambda q: q + x))
        del b
while (not (x is (-b))):
    class B0(K0 if y else object):
        def __init__(self, v=b.m(y, k=(not c))):
            super().__init__()
            with f((not (not y))) as x, f((True + (b + a))):
                b = (not y)
                b += (x + a)
        def get(self):
            return __class__, self
    x = a = f((c + c), y)
assert (a and [y for b in y if y]), [(None if y else b), (x + x)]
if (y := [(a + y), (-a)]):
    if (b := b.m((), k=f(2, b))):
        if (a := y.m(x, k=y)):
            pass
        y += (--1)
        import os.path as c
y, *c = (True == f'{c}-{c!r}')
