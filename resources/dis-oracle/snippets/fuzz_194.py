y = a = y[::c]
b += (1 if 10 else y)
del b
while (lambda q: q + (-(lambda q: q + b))):
    import os.path as b
    for b in (c, *c):
        class K2:
            attr = (not c)
            def meth(self):
                c = (c < b[2] <= x)
        raise ValueError((y + y))
        for y in f((not None), [a for b in c if c]):
            b, x = f'{x}-{c!r}', ((a < None <= a) < b <= [a for b in b if b])
            break
    else:
        while x.m(x, k=c):
            b = [1, 10]
            f(b.m([b, 1], k=(2 == 10)))
    c, *x = (x == f'{x}-{a!r}')
c, *x = (a < c <= c)
