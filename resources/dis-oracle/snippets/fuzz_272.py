b = y = (lambda q: q + c.m(10, k=True))
b, *y = [y, f'{b}-{c!r}']
