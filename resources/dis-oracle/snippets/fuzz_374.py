x = {*f'{a}-{y!r}', {(not ()): 2.5}}
x = (f(*c, **b), *(-1))
b += (10 if 0 else [y, c])
if (c := (b < x <= None)):
    y = {**f(b, b), 'k': b.m([b, None], k=(lambda q: q + 10)), **{}}
    y = [*(not a), [b for a in f(x, None) if b], *()]
    class K0:
        attr = (() + c)
        def meth(self):
            pass
            class B0(K0 if y else object):
                def __init__(self, v={(x if x else c): {2.5: b}}):
                    super().__init__()
                    f(a.m((a < b <= 0), k={a: y}))
                def get(self):
                    return __class__, self
            f([y, c])
    x.attr += y[(-a)]
    x[(f'{c}-{a!r}' == (2.5 < y <= x))] -= 1
if ((y := y) is not (x != (c + 2.5))):
    del x
    class B1(K0 if y else object):
        def __init__(self, v=[b, a]):
            super().__init__()
            class K0:
                attr = {y: b}
                def meth(self):
                    f([c for b in (1, 2) if c])
                    pass
                    x = (y < b <= 1)
            class B1(K0 if b else object):
                def __init__(self, v=(not [a for a in 10 if x])):
                    super().__init__()
                    x = f'{a}-{c!r}'
                def get(self):
                    return __class__, self
        def get(self):
            return __class__, self
    y.attr += (y + y)
    y[f'{c}-{y!r}'] -= 1
else:
    @f
    @c.m(f([c, -1], 2))
    def deco_target(q=c.m(c, k=b), *, r=lambda: c):
        c = {**[f(a, -1), [b for a in x if a]], 'k': f(x, y), **{}}
        c = [*c[(x and c)], (lambda q: q + b), *()]
    raise ValueError((lambda q: q + (1, 2)))
