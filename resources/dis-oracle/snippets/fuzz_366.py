if (b := (-y)):
    y = a = {'s': 2}
    class K1:
        attr = (True < y[1] <= 2.5)
        def meth(self):
            del b
            b = (c is not x[b])
            if (lambda q: q + x[y]):
                b = y[1]
            else:
                return c[(2 < a <= True)]
                y = [a for b in b if (() + c)]
try:
    b.attr += [a for x in y.m(c, k=c) if (c or ())]
    b[((c != True) and {a: y})] -= 1
except (KeyError, TypeError):
    assert {(not x): (y + y)}, (y if 1 else b)
else:
    @f
    @y.m(((1, 2), *x))
    def deco_target(q=(b + (not a)), *, r=lambda: y):
        a = {*(f'{y}-{x!r}' < f'{b}-{x!r}' <= (1, 2)), f'{a}-{b!r}'}
        a = ((b + {c: 2}), *y.m((-y), k=x))
        yield (not (b == (1, 2)))
    try:
        f([c for a in None if f'{a}-{x!r}'])
        c = ((not f(a, c)) or [b for y in (x if x else a) if c])
        import os.path as b
    finally:
        x = {*(c == 's'), (y[b] + x)}
        x = (f(x, (lambda q: q + c)), *(not c.m(2, k=x)))
        try:
            b, c = (a if a else (y if 0 else c)), sum(x for x in -1)
            pass
            pass
        except ValueError as err:
            y, a = c[b], ([b for a in c if c] or (c if y else c))
            x = f'{c}-{x!r}'
        finally:
            pass
            x = (-(lambda q: q + (c is not x)))
        b, x = (() and True), f(y.m(2.5, k=b), b)
y = x = ({y: 10} + -1)
with ({c: y} or c) as b:
    assert {(not a): b}, x.m(f(y, 2.5), k={a: b})
    c = {**f(a, (b if a else x)), 'k': {x: (-1)}, **{}}
    c = [*(lambda q: q + a), (x.m(b, k=(1, 2)) and c), *()]
    while b['s']:
        try:
            a = [a for x in -1 if (-None)]
        finally:
            a, x = (c in (b < a <= x)), (y := (not (1, 2)))
            x = [c for x in a if (not True)]
            y, x = {y: f(y, x)}, [c, f(c, x)]
