assert [c for b in y[0] if c], (lambda q: q + b)
del c
f([a for y in b if y])
