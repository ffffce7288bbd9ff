c += f((-a), 0)
for x in (y < b[y] <= (x if x else b)):
    del b
    assert (-(not x)), (c if 2 else c)
for b in {y: y.m(c, k=y)}:
    try:
        del c
        c, *a = [None, x]
        with y.m(y, k=(1, 2)) as x:
            break
            c = f(x, *f(-1, c), k=2.5)
    except:
        if (not 's'):
            c, x = (lambda q: q + f'{c}-{x!r}'), [(lambda q: q + x), f'{c}-{y!r}']
            f(f(b, (c == c)))
        x.attr += [1, (lambda q: q + x)]
        x[x.m(f'{x}-{y!r}', k=b.m(x, k=c))] -= 1
        b.attr += (y.m(x, k=y) + a)
        b[(2 < (-c) <= c)] -= 1
    c += (lambda q: q + f'{a}-{c!r}')
    class K1:
        attr = f((a + b), 1)
        def meth(self):
            yield f'{x}-{a!r}'
            del b
y, *c = f'{y}-{y!r}'
a, x = (() or a.m(a, k=c)), [y for y in x if x]
