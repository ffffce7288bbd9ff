assert b[::(b < a <= b)], (lambda q: q + True)
try:
    pass
    x, y = (f'{y}-{y!r}' if y else f(a, b)), a[b]
except:
    c += (not x.m(b, k=x))
    import os.path as a
while (-y):
    a = ((lambda q: q + a) < b <= (c is not ()))
    a = (b or (y in (lambda q: q + y)))
    if (x := {2: a}):
        y.attr += [a for x in (x < b <= a) if y]
        y[(not 1)] -= 1
        import os.path as b
