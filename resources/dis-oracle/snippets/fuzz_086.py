for c in ((b if b else c) != a):
    continue
    if ([c for c in (1, 2) if x] and b):
        assert ((--1) is not f(b, c)), a[(1, 2)]
        while (lambda q: q + a):
            f(((x is x) and c))
assert [x for x in y if (2.5 if y else y)], (lambda q: q + a)
f(y.m(a, k=2.5))
for a in (a if f(b, x) else a):
    continue
a, c = (() if c[y] else a), (-b[c])
