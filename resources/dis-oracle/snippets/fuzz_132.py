def g(a):
    with (c in y) as a:
        f(c[-1])
    pass
with (x if 's' else ()) as y:
    del x
f((lambda q: q + b))
x, y = (-'s'), y.m(x, k=(not y))
def g(*args, c):
    for b in (lambda q: q + ('s' + (1, 2))):
        while [a for b in b if (x + y)]:
            y += (10 if f(x, y) else (x in y))
            a = (lambda q: q + y)
        with b.m(b, k={b: a}) as y:
            f((a if (c and c) else x.m(b, k=())))
            continue
        x += (-10)
