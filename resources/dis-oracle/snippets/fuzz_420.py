f((1 or (lambda q: q + c)))
assert f'{y}-{x!r}', {True: f(2.5, c)}
b, b = (not x), [y for c in x if x]
c, *x = (c != b[b])
