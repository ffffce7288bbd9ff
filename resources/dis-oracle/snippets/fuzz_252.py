raise ValueError({x for x in b if x})
y = (not ((lambda q: q + x) and y))
y = f'{x}-{a!r}'
try:
    while (not a):
        a, b = {c: [b for x in b if b]}, f('s', f'{c}-{b!r}')
        with (-()) as a:
            y += ((-x) < -1 <= (a if x else y))
        b += [y for c in b if f'{x}-{c!r}']
    b, *y = {a: x}
except ValueError as err:
    try:
        pass
    except ValueError as err:
        while [a, x]:
            break
            b = ((not True) or b)
        try:
            f((not a[-1]))
            a, y = [(-y), a], (lambda q: q + 10)
        except ValueError as err:
            f(([b, 's'] < a))
            c += (-1)
a += {2: x.m(b, k=c)}
