c = c = f(b, c)
try:
    del b
except (KeyError, TypeError):
    c = (a and (a or (lambda q: q + 's')))
else:
    x, *b = a.m((-b), k=(x and a))
    y += {c: x[0] for c in b}
    x = f((x == (-y)), f'{b}-{b!r}')
finally:
    del c
