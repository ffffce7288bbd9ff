pass
def k():
    class K0:
        attr = [b for a in (a + a) if 2.5]
        def meth(self):
            try:
                return (lambda q: q + 10)
                x = c[((c is not x) if 10 else (-c))]
            except ValueError as err:
                y = f(c, (not [y for b in x if x]))
                x = (-1 != y)
                return (2 if y else y)
    def k():
        yield (x if a else {c: y})
    yield (lambda q: q + c)
while [c for x in c if (x if a else None)]:
    f(f'{a}-{y!r}')
    try:
        b = ((lambda q: q + (c if y else x)) < x <= True)
    except ValueError as err:
        for y in f'{b}-{y!r}':
            f(f((a and x), c))
    finally:
        with [(x if 2.5 else x), c] as y:
            continue
            continue
            b += ((c + a) < (x in True) <= (lambda q: q + x))
        class K1:
            attr = (not (b or 1))
            def meth(self):
                pass
                pass
        continue
    c, a = (1 < (b if a else c) <= (y is not y)), [x for y in None if -1]
try:
    class K0:
        attr = a.m(b[b], k=[a for b in c if a])
        def meth(self):
            f((b and x))
            yield (0 is not b)
            if (not a):
                f([x for a in 0 if y])
                f((lambda q: q + [None, b]))
                c = ((-('s' or b)) + x)
            else:
                b += f'{a}-{b!r}'
                f((a or c))
except ValueError as err:
    if (-a):
        del y
    for x in (c + y):
        with (-a) as a:
            f({1: (x in 10)})
        with f'{x}-{y!r}' as x:
            f(((-None) < x))
            x = {a: ()}
    while (x < x):
        while (y or (-(-x))):
            a += [x for y in a if y[b]]
        class K1:
            attr = (f'{x}-{x!r}' is c)
            def meth(self):
                pass
                return b
        f(b[(a is not c)])
