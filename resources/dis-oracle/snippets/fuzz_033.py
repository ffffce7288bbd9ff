def outer(a, b, c, x, y):
    x, y = ('s' < (not a) <= {x: b}), (-[b, b])
    with (lambda q: q + y) as a:
        del c
        class K2:
            attr = (((1, 2) or 0) == b)
            def meth(self):
                return x[f'{b}-{a!r}']
                y = (c if b else y)
                for x in y.m(10, k=a):
                    break
                    a += [b, (lambda q: q + c)]
                    break
        y = f((1, 2), a)
    return a
