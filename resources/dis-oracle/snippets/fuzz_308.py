x = {*(-(lambda q: q + a)), (x := x)}
x = ((a := (-())), *([(), b] if {y: y} else a))
class B1(K0 if y else object):
    def __init__(self, v=((c if (1, 2) else c) < [True, x] <= y)):
        super().__init__()
        class K0:
            attr = b[y]
            def meth(self):
                try:
                    pass
                except (KeyError, TypeError):
                    y += (-2)
                    x += ({y: y} if (1, 2) else (c if y else b))
                else:
                    f((not 1))
                    pass
                    f((not c))
                finally:
                    return (-(1, 2))
    def get(self):
        return __class__, self
try:
    if f(((-b) is [a, 1]), (lambda q: q + b[b])):
        try:
            x = c.m((1, 2), k=None)
            y = ((lambda q: q + (a < y <= 0)) if (not [b for a in c if a]) else c)
            y += {True: c}
        except ValueError as err:
            x, b = a[(-c)], (lambda q: q + [b for x in () if b])
            b, a = a.m(f(y, x), k=a), (not x)
            pass
        finally:
            pass
            b += [a, (lambda q: q + a)]
            y += f(a.m(x, k=a), [c, a])
        def gen(x, *rest):
            yield from {y: True}
            pass
            yield (x, rest)
        if (lambda q: q + a):
            f(f((not y), c))
            pass
        else:
            f({(not a): 0})
            x = [[y, a.m((), k=a)], [y for y in b if x]]
            pass
    if (b := (not [b for y in a if x])):
        with ((not y) and 's') as b:
            f((0 if a else [x for x in c if c]))
            x, c = (y or (-y)), [f(y, y), 1]
        @f
        @x.m((c or [a for b in b if a]))
        def deco_target(q=f'{x}-{x!r}', *, r=lambda: x):
            pass
        y = c = f'{b}-{b!r}'
except ValueError as err:
    while (f'{a}-{x!r}', *((y != c) if (-c) else {10: y})):
        with c.m(x, k=(c + y)) as y:
            a += (not -1)
    if x.m(a, k=x):
        with (not x) as b:
            y, b = (f(True, x) < b <= ((1, 2) or c)), [b for a in (a < c) if c]
        def g(a, b=1):
            return (True < 2)
            y = b.m(a, k=(lambda q: q + 0))
        x.attr += b[(not a)]
        x[(c < b <= (y + b))] -= 1
    else:
        del y
        while f(2, 2.5):
            x = f'{b}-{y!r}'
        try:
            pass
            f(f({a: b}, [b for x in a if a]))
        finally:
            y, x = ((-'s') if (not x) else 10), (b or (lambda q: q + 2.5))
            a += (f(y, True) if [b for b in x if c] else x)
            c += f'{b}-{c!r}'
    del b
finally:
    if (a := c[c]):
        try:
            x += (lambda q: q + (not a))
            c = b[True]
            f({b: x})
        except ValueError as err:
            b = (f((-a), 10) < {(lambda q: q + -1): c} <= (lambda q: q + 0))
            y, y = ((1, 2) + [(), a]), {(y if a else c): f'{x}-{a!r}'}
    class B1(K0 if y else object):
        def __init__(self, v=a[0]):
            super().__init__()
            c, *x = (-a)
            def h(a, b=1):
                nonlocal_target = a[b[a]]
                x += x[0]
        def get(self):
            return __class__, self
@f
@c.m({c: () for c in (a != c)})
def deco_target(q=((y + a) < y <= c), *, r=lambda: c):
    pass
    a = {*f'{x}-{b!r}', x['s']}
    a = ((-1 or c), *(True + {a: a}))
    b = {**y.m({b: 2.5}, k=(y < 's' <= y)), 'k': [a for c in 's' if (-a)], **{}}
    b = [*(not (c + c)), (c < x.m(1, k=c) <= (a or y)), *()]
x = {**a[b], 'k': f'{x}-{c!r}', **{}}
x = [*(not a), [a for a in 2.5 if b.m(10, k=x)], *()]
