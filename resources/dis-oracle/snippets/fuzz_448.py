def gen(c, *rest):
    yield from y[x]
    while {c: f'{a}-{x!r}'}:
        y = {*x[b], (lambda q: q + -1)}
        y = ((2.5 if x.m(c, k=-1) else 's'), *(c < 0))
    raise ValueError({(x < x): [a for c in c if y]})
    @f
    @c.m(f(True, (not y)))
    def deco_target(q=f(c, True), *, r=lambda: c):
        c.attr += [x, y]
        c[(c + 1)] -= 1
    yield (c, rest)
global c
c = (-c)
for b in f(a, 's'):
    import os.path as a
class K0:
    attr = (not True)
    def meth(self):
        b = (c[c] if () else ())
        with f(a[(y if a else 0)]) as b, f(((-1 or x) if ((1, 2) < c <= c) else 1)):
            with sum(b for b in c) as a:
                c += {(x + a): 2.5}
            if (x := [b, x]):
                x = {(-1 != {y: a}): (y + x)}
                a += f(f(y, a), [b, 0])
                c += [a for c in 's' if 's']
            b = [(y and (a and c)), f((not c), f'{c}-{c!r}')]
        return (10 < () <= [c for c in a if 1])
if (y.m(c, k=1) or b[None]):
    a, b = c[x], a.m(y[c], k=x)
    pass
    @f
    @b.m([f(y, x), 2.5])
    def deco_target(q=(-a), *, r=lambda: b):
        c.attr += [b for c in 2.5 if (not y)]
        c[(x + {a: b})] -= 1
        c = {**(() < (-1) <= y), 'k': y.m(f(y, -1), k=True), **{}}
        c = [*(c + (c + c)), f(2.5, y), *()]
        def g(a):
            x = [x, 0]
            pass
            c += (y if b else c)
