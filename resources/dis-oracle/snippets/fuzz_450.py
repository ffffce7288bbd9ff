x = sum(y for y in None)
y = {c: 10}
x += [b for c in f'{b}-{y!r}' if b]
