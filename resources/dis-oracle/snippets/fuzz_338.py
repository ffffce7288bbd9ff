try:
    try:
        a = f((c := (lambda q: q + y)), -1)
        class K1:
            attr = [y for b in f'{b}-{a!r}' if [(), 10]]
            def meth(self):
                return ([b for a in a if c] if 1 else y)
        f((-c))
    finally:
        class K0:
            attr = [a for x in 's' if c]
            def meth(self):
                f((2.5 is not c[x]))
        import os.path as b
        def g():
            pass
            c += (2.5 or (x or b))
    y.attr += (not (x in b))
    y[(True < x <= f(x, x))] -= 1
    assert {[c, x]: 2}, ((1, 2) in None)
finally:
    x, *b = (c + f(y, a))
    x = {*[(lambda q: q + y), 0], (b[c] and (not b))}
    x = ((True if c else f(a, y)), *{(): ()})
import os.path as y
try:
    del b
except (KeyError, TypeError):
    x = x = f(a, (y + y))
    pass
    if (x := (lambda q: q + 1)):
        for b in f'{a}-{x!r}':
            y += (None < 1 <= (lambda q: q + b))
        class K0:
            attr = f'{b}-{y!r}'
            def meth(self):
                pass
        while [(not y), (lambda q: q + ())]:
            c = ((a if [a for a in b if y] else a) < a <= c)
            y = (a < ((c + a) or (1 < x <= 's')) <= (not y))
else:
    x, y = {a: a}, (f(x, b) < f(b, b))
    while b.m((not (-y)), k={b: c.m(y, k=b)}):
        f(f(True, (lambda q: q + a)))
    del y
def g(a, b=1):
    def k():
        c = {**((x < a <= y) or a), 'k': x[a], **{}}
        c = [*(-x.m(x, k=x)), (lambda q: q + (-b)), *()]
    pass
    a += (-1 < (c or b) <= (1, 2))
