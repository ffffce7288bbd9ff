pass
y = f'{b}-{b!r}'
for c in (c < f(y, y) <= {a: 2.5}):
    f([1, (b in x)])
