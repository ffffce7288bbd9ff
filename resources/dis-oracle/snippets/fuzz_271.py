def outer(a, b, c, x, y):
    raise ValueError((lambda q: q + f(x, (1, 2))))
    for a in [b for b in {x: x} if b]:
        class K2:
            attr = (y + c)
            def meth(self):
                b = b = f((True or 2), c)
        continue
    a += (a if y else a)
    raise ValueError((-0))
    for c in (-1 + [b for b in b if y]):
        if b[a]:
            del a
            def g():
                nonlocal_target = c[c]
                pass
                return f'{c}-{y!r}'
            assert (x < x.m(b, k=a) <= (b or y)), [0, (y and c)]
        else:
            x = x = (not (b and 's'))
        class K0:
            attr = ((1, 2) if a else [y, a])
            def meth(self):
                x, *y = f(b, (not a))
                y += [y for x in f'{c}-{c!r}' if (-c)]
                def inner():
                    nonlocal y
                    y = [b, (lambda q: q + 's')]
                    return y
        class K1:
            attr = x[::y[b]]
            def meth(self):
                def g():
                    return ((lambda q: q + 10) < a <= c)
                    return f'{y}-{y!r}'
                    pass
                for a in a[x['s']]:
                    x += c[(1 + a)]
                    return [y for b in b[1] if y.m(2, k=x)]
                    c += (y < b <= 1)
    else:
        y = c = (b != True)
        class K2:
            attr = {(c == True): 2.5}
            def meth(self):
                return (not [a for b in c if x])
                def inner():
                    nonlocal b
                    b = (y and x.m(a, k=a))
                    return b
    return a
