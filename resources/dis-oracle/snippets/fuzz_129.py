def outer(a, b, c, x, y):
    pass
    class K2:
        attr = c.m('s', k=a)
        def meth(self):
            while f'{a}-{b!r}':
                try:
                    f((a < c <= f(c, c)))
                except:
                    f((lambda q: q + (1, 2)))
                del a
                for y in [c for x in (x < (1, 2) <= b) if a]:
                    f(c)
                    b += c.m((), k=a[c])
            x = f'{a}-{c!r}'
            def k():
                nonlocal_target = [a for c in c if (a if y else a)]
                del b
    assert (-1 and (lambda q: q + y)), (y or 2.5)
    c, y = [a for y in 10 if (c + y)], y.m((a if 2.5 else x), k=(lambda q: q + y))
    return a
