f((lambda q: q + (not x)))
if {(not (-1 + b)): a}:
    assert (x == x), [c, c]
    b = {*(not (x != True)), (a := x)}
    b = ((-2.5), *((lambda q: q + x) < 1 <= x))
with f(f((1, 2), (a < x <= c))) as y, f((a < 2 <= [y for b in y if y])):
    c = {*a[y], f'{b}-{a!r}'}
    c = (((a in x) < y <= c), *((lambda q: q + b) and (y if a else x)))
    @f
    @y.m(((a and a) + 2))
    def deco_target(q=[y for c in (y + y) if None], *, r=lambda: y):
        try:
            pass
        finally:
            f(f'{y}-{a!r}')
        f([a for y in (c is not y) if a.m(b, k=a)])
        with (not a) as x:
            b += ([b for y in 0 if y] == y)
            y += {(lambda q: q + x): x}
    class K0:
        attr = a[b]
        def meth(self):
            b = {*sum(c for c in b), f((1, 2), y)}
            b = ((-b), *((-c), *(y + x)))
def gen(y, *rest):
    yield from [a, (() if y else c)]
    pass
    yield (y, rest)
