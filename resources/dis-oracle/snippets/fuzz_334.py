f({(): c})
def gen(b, *rest):
    yield from f'{x}-{c!r}'
    b, *x = {x: y}
    return (b if x else x)
    yield (b, rest)
a = {*(b is None), (2.5 or f'{b}-{a!r}')}
a = (((1, 2) if [x, b] else a), *x.m('s', k=2.5))
def k(a, b=1):
    nonlocal_target = x.m(y, k=b)
    class K0:
        attr = (f(True, None) < a <= {a: c})
        def meth(self):
            def inner():
                nonlocal y
                y = b.m(x, k='s')
                return y
            @f
            @x.m((f(b, None) in 10))
            def deco_target(q=(-2), *, r=lambda: x):
                y += (b if x else a)
                return (c + (y + True))
                b += f(y, x)
            b, *y = (b + a)
    @f
    @c.m(x[None])
    def deco_target(q=(not x), *, r=lambda: c):
        for x in (lambda q: q + (not 1)):
            f(f(c, a.m(y, k=c)))
            x += c.m(f'{c}-{y!r}', k=b)
            f((a + 2.5))
        try:
            b += (lambda q: q + 2)
            y = [y for x in 0 if a[x]]
            f((lambda q: q + (b < 1 <= y)))
        except:
            return [b for y in c if 2]
        f([y for c in x if [a for x in a if y]])
    @f
    @c.m([y for b in (y if b else (1, 2)) if (not x)])
    def deco_target(q=(-a[x]), *, r=lambda: c):
        with (x < ()) as a:
            f(f(y[c], a))
assert (-b), sum(a for a in (not a))
