with (not b) as y:
    pass
y, a = (a in f'{y}-{x!r}'), (0 and c)
try:
    def k(a, b=1):
        nonlocal_target = (c == (y and x))
        class K2:
            attr = (2 is -1)
            def meth(self):
                pass
        y += (f'{b}-{y!r}' and [y, c])
        c = (-b)
    if (y := (x if y.m(x, k=c) else y)):
        try:
            x, b = (not c), {b: b}
        except ValueError as err:
            a, b = f(b, a), f'{c}-{a!r}'
            a += (c.m(a, k=True) < ((1, 2) + c) <= (y if x else x))
    class K2:
        attr = {True: f'{y}-{a!r}'}
        def meth(self):
            import os.path as c
except ValueError as err:
    while b.m(f'{a}-{c!r}', k=b):
        y = a = (not True)
while (() if {y for y in ((1, 2) and 2.5) if y} else -1):
    y, x = (True + 1), {y: {y: b}}
x = x = (not c)
