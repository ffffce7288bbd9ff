global a
a = (not [y, 0])
def k(a, b=1):
    try:
        y += {a: x}
        for b in [[y for b in x if c], a]:
            continue
            c += (x[a] if f(a, ()) else 1)
        else:
            pass
            f([x, [c for b in y if a]])
    except:
        f((-1))
        with a[b] as b:
            f((not x))
            f((None < (x < x <= b)))
            pass
        while [c for x in b if a.m((y + a), k=[a for y in b if y])]:
            break
            y += f'{x}-{a!r}'
    pass
    for y in f'{y}-{a!r}':
        import os.path as y
        f((-()))
with f'{y}-{y!r}' as a:
    del a
    try:
        raise ValueError(f('s', (not None)))
        def h(a):
            f((f(x, a) in a))
    except ValueError as err:
        del b
        with {c: [y, y]} as c:
            f(f(('s' or x), -1))
            f((y if f'{x}-{b!r}' else (1, 2)))
        del c
    b.attr += f(2.5, True)
    b[f'{b}-{c!r}'] -= 1
if (a := [a for c in c if {c: x}]):
    def k(x, /, y=2, **kw):
        yield (b == x)
        if ((x if a else a.m(b, k=y)) + (not -1)):
            pass
            return [(a + y), 2]
        return f(*x, **b)
