b = y = c[::[b, y]]
if (b := {a: b}):
    c.attr += (not (y or b))
    c[f('s', c)] -= 1
    a = x = c[a[a]]
a = (((not a) < b <= y) or f'{a}-{a!r}')
b.attr += a[c]
b[(2 if c else a)] -= 1
