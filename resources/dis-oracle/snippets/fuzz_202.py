import os.path as a
if (c[None] + f({y: 's'}, (a + b))):
    b += ((-y) if x else (not x))
    a = a = [0, True]
    x = y = {f(a, 2.5): [a for b in y if b]}
else:
    for c in (c is not (None + y)):
        try:
            b, b = (lambda q: q + c.m(c, k=-1)), f'{x}-{c!r}'
            b += (-b)
        except:
            y += c.m((x and x), k=0)
        finally:
            f([(b + b), y])
            y, c = f([b for a in y if b], 2), [b for x in x if c]
for c in (not (y and 's')):
    continue
    f((-None))
    x, y = (b if f'{a}-{a!r}' else a), ({y: y} + b)
else:
    del a
    with c.m({x: 2}, k=f'{y}-{a!r}') as b:
        for b in (-a):
            x = ['s', c]
            f((not 2))
            b += (x + (a and y))
        else:
            y += (a < (x if a else a) <= (b if b else c))
            f(f'{c}-{x!r}')
        del y
        class K2:
            attr = (lambda q: q + 10)
            def meth(self):
                x += {x for x in y if x}
                return {b for b in x if b}
                return [b, ('s' if y else a)]
    a, x = (not x), (1 < f(0, b) <= b)
b.attr += f'{c}-{c!r}'
b[((1, 2) != [b, y])] -= 1
