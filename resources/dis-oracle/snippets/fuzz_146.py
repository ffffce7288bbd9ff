f((lambda q: q + 's'))
a += ((-y) + (not -1))
x, x = f'{a}-{y!r}', x
with c as x:
    class K2:
        attr = (lambda q: q + {b: b})
        def meth(self):
            f((a + y))
            while {[b for a in b if b]: (a.m(x, k=b) + a)}:
                return [(lambda q: q + b), 0]
            class K2:
                attr = (x != a)
                def meth(self):
                    pass
                    return {c: (lambda q: q + x)}
if (y in y):
    f((-f'{b}-{a!r}'))
    c, a = ((lambda q: q + y) + ()), {(lambda q: q + y): c}
    for c in (c and (a or 1)):
        b += {(-a): -1}
