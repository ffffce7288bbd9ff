a.attr += (-{b: 2})
a[((lambda q: q + x) < a <= 2.5)] -= 1
try:
    del x
    b.attr += (() or a)
    b[(a == [c for a in b if y])] -= 1
except:
    c.attr += (2 < (y if x else a) <= x)
    c[(not f'{y}-{x!r}')] -= 1
    while f'{x}-{x!r}':
        del y
        class K1:
            attr = (2 or c)
            def meth(self):
                pass
                f((-y))
                pass
finally:
    a, *a = f'{a}-{a!r}'
    while {b: a}:
        c, y = [a for c in y if None], (not c)
        def g():
            f((not (1, 2)))
            b = (b if (x if -1 else x) else None)
    assert ((not x) != True), (1 != None)
c, x = f'{b}-{a!r}', {(-c): (lambda q: q + c)}
try:
    def h(a):
        return (-[c, x])
    y += ((lambda q: q + c) < 's')
    pass
except:
    b = (x and ((0 if (1, 2) else y) < (c is not 's')))
    with {a: y} as c:
        if a.m((lambda q: q + f(a, 0)), k=c):
            a = (2 and [a for c in 0 if a])
            pass
            pass
        else:
            pass
finally:
    c += [-1, True]
    y = c = x.m(f'{c}-{a!r}', k=(c or x))
