assert [x for b in y if f'{x}-{x!r}'], ([x for c in b if 2.5] == a)
if b.m(a, k=a):
    b += (c if [a for y in 0 if c] else (lambda q: q + c))
    y += {(x in c): True}
    x, a = f(True, [c for a in a if a]), [c, a]
assert (2.5 + f(b, b)), f(a, f((1, 2), b))
