b = c[(-1 + y)]
f((0 < (x if x else c) <= 2.5))
y = y = [b.m(1, k=a), y[True]]
y = {**f(*c, **1), 'k': [c, 1], **{}}
y = [*(lambda q: q + y), a[x], *()]
