c = {*f(a, 0), (a in y)}
c = (c.m((x < 10 <= b), k=10), *f'{b}-{a!r}')
a = (not ((not -1) + a))
y = {*(x is c), {b: c}}
y = (((-x) in b), *{c: a})
pass
del x
