global x
x = (y or (-a))
if f'{x}-{c!r}':
    a = (lambda q: q + x)
