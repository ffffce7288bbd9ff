while {[1, b]: [f'{c}-{c!r}', (b and b)]}:
    with f'{c}-{x!r}' as b:
        class K0:
            attr = f'{y}-{a!r}'
            def meth(self):
                return f(f'{a}-{a!r}', b)
                c = (not (lambda q: q + b))
        assert c[x], (not y)
        class K2:
            attr = ((10 < x <= b) and c[2.5])
            def meth(self):
                y += (lambda q: q + 2.5)
                f((not (2 + a)))
    f((c < (1, 2) <= {2.5: x}))
    def h():
        while {1: [1, (a < 1 <= y)]}:
            break
            f([b for a in c if ()])
            break
        if (lambda q: q + 2):
            f(f'{x}-{c!r}')
            x += f'{y}-{y!r}'
        try:
            y += ([a, True] + f(a, x))
            f((0 < b <= 's'))
        except:
            pass
            return y[(lambda q: q + a)]
            a += (2.5 + ())
pass
f((lambda q: q + [b for b in a if b]))
assert b.m((c if x else b), k=None), [(), 2]
if a[(lambda q: q + b)]:
    del a
    while ({c: (None + c)} if c else ((lambda q: q + x) if (a + b) else ())):
        if (a or a):
            y, a = (y + x), (y is (c or a))
        else:
            a = [x for x in y if a]
            y += 2
            continue
        x, y = f'{y}-{a!r}', (10 != (-b))
        del x
else:
    a, a = ['s', -1], (y + (y < a <= a))
    b, a = [y for b in (x if -1 else y) if c.m(b, k=a)], {(not y): (b if a else ())}
