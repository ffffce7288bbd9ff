pass
pass
for b in f'{c}-{c!r}':
    c, b = (lambda q: q + (b in y)), (b + (lambda q: q + a))
    continue
    break
else:
    pass
    b += c[(x + True)]
