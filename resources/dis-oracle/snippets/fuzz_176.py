f(x[a.m(c, k=b)])
f(y[(a and y)])
for y in [y for c in True if 10]:
    c, *b = [(-c), a.m((1, 2), k=y)]
    x += [c, f'{y}-{x!r}']
    continue
