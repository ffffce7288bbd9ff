x.attr += [b for b in (y if y else c) if (c + x)]
x[(('s' if y else x) if a else True)] -= 1
for c in (not x):
    a.attr += (b < c <= c)
    a[f(1, x)] -= 1
    assert (lambda q: q + a), [a for c in [x, b] if b]
