pass
if (a := (b := None)):
    while (((lambda q: q + 's') if (x is a) else a) == c):
        for c in f'{c}-{b!r}':
            a, a = b.m((10 or 's'), k=a), (not b)
            f((x if (y < x <= y) else (not x)))
        else:
            continue
            break
            x = (y < c)
        b += f(True, (b != b))
        if (y := f'{b}-{a!r}'):
            break
    with x.m([b for b in y if 10], k=None) as y:
        with {y: y} as c:
            f({c: c})
        if a.m([y for c in c if a.m(c, k=b)], k=c):
            f([a for c in y if (not b)])
            y = {c: 0 for c in -1}
            x += (a.m(b, k=()) is not (a != 10))
def g(*args, c):
    if (c := f((y or 10), a)):
        with [f(b, a), a[y]] as x:
            pass
            pass
            return f'{y}-{x!r}'
        a, *a = x[(() + y)]
