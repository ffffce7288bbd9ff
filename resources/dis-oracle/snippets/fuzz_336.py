with f((lambda q: q + True)) as a, f(c.m((1 == 2), k=f'{x}-{b!r}')):
    @f
    @y.m((-(x < c <= b)))
    def deco_target(q=((not 's') != 1), *, r=lambda: y):
        try:
            x += (x and (not x))
            return [a for b in x if x]
            pass
        finally:
            x = [x for b in {c for c in {c: None} if c} if x]
            pass
            return a[y]
    y = {**(None in c), 'k': (('s' and 2) + y), **{}}
    y = [*(None is not [x for b in c if True]), (None < (-b) <= (-a)), *()]
    del x
@f
@c.m((not (b != a)))
def deco_target(q={b: f'{x}-{a!r}'}, *, r=lambda: c):
    for c in [b.m(x, k=c), b]:
        try:
            return f([x, x], b)
            break
            return [b, x]
        finally:
            b = {c for c in (2.5 == [x, y]) if c}
            f(a[f'{x}-{c!r}'])
            x = (x < a <= x)
        b = {*((lambda q: q + None) if y else ()), c[a]}
        b = ((True if c else (y + x)), *(not (None + y)))
        if (y := f((not c), ())):
            x = [a[a], -1]
raise ValueError(c[f'{x}-{a!r}'])
