while (not 1):
    if (y := {y for y in [x for c in c if x] if y}):
        b += (2.5 < f(y, (1, 2)) <= y)
        c += [c for y in (a + b) if (y != b)]
        global x
        x = [c, f'{x}-{a!r}']
    a, *x = [c, c]
    c, *x = (10 + 2.5)
a.attr += (c + c)
a[(1 or f'{y}-{b!r}')] -= 1
y, c = x[(-b)], f(*(a + 0), **(-a))
