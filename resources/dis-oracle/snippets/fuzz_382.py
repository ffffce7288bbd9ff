for a in f(b, x):
    f(sum(a for a in f'{a}-{a!r}'))
with f(c[b]) as a, f((10 == (not x))):
    c, *x = (1 < (not a) <= 0)
with (lambda q: q + 2) as x:
    c = b = (lambda q: q + a)
    b = (x < y <= y[[y, x]])
