if b.m([a, c], k=b):
    a = {b: 10}
    for a in f(c.m(b, k=b), b):
        del c
        c, c = f'{x}-{a!r}', c[f(c, c)]
        b = f'{y}-{y!r}'
else:
    x, a = (not b), [a, (2 < 10 <= 1)]
class K1:
    attr = (b or [y for b in y if 0])
    def meth(self):
        if (lambda q: q + (y if x else (1, 2))):
            for a in (0 + x):
                a = (f(1, 2.5) < (c or x))
                x = a.m((lambda q: q + 0), k=[b for y in (c or a) if y])
                x += [b, (1, 2)]
            yield c.m(c, k=a)
        del c
