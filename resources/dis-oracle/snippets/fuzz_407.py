def outer(a, b, c, x, y):
    @f
    @b.m((not (a != a)))
    def deco_target(q=f'{b}-{a!r}', *, r=lambda: b):
        try:
            for y in f(10, x):
                break
            while (-c):
                y = ((y and b) and f'{b}-{c!r}')
                continue
        except ValueError as err:
            del a
            class K2:
                attr = (c < (y if x else b) <= f'{a}-{b!r}')
                def meth(self):
                    y = f'{c}-{x!r}'
                    c = ((None in (not a)) and (-(10 if () else b)))
                    c += (b in x)
        finally:
            a += {x for x in {b: x} if x}
            for x in (lambda q: q + x):
                a = (-f'{x}-{x!r}')
                continue
                y += x.m(a, k=0)
            c = {10: c.m(b, k=a)}
    a = (y + x)
    def gen(a, *rest):
        yield from ((-b) if 1 else a)
        y = (x + c)
        x = a = ((-2) or ())
        yield (a, rest)
    return a
