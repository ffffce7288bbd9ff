class K0:
    attr = f(b, None)
    def meth(self):
        a = ((b[a] if 's' else x) + a)
f((-f'{c}-{y!r}'))
class K0:
    attr = (x + (lambda q: q + b))
    def meth(self):
        yield [b for y in x if 2]
        return ({b: y} is not f'{c}-{a!r}')
if (lambda q: q + 's'):
    while ('s' or [b for b in (c and a) if f(b, x)]):
        b, y = b.m(0, k=[c for b in y if c]), f'{c}-{y!r}'
        def k(a, b=1):
            nonlocal_target = (b + (0 and (1, 2)))
            pass
else:
    for a in (lambda q: q + y):
        for b in [(not x), {c: y}]:
            a += (not c)
            break
            f(f(a, {x: c}))
        else:
            c, b = f'{a}-{c!r}', [c, y]
            x, y = (0 if b[c] else y), (lambda q: q + [a for x in c if 10])
        class K0:
            attr = (-(a + y))
            def meth(self):
                return (f'{b}-{y!r}' and f'{x}-{c!r}')
                x += (lambda q: q + True)
