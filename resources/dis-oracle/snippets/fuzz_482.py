assert (lambda q: q + c), (2 in a.m(2, k=c))
y, a = ((1, 2) or c), (c and f'{a}-{x!r}')
