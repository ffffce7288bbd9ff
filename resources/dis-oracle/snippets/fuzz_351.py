def outer(a, b, c, x, y):
    try:
        if (a := (a.m(x, k=c) < [a for x in x if x] <= (a + a))):
            b = (not y)
            for x in (not f'{b}-{b!r}'):
                break
                continue
            for x in (a is not (c != x)):
                f(y.m(x, k=(c < c <= c)))
                break
            else:
                x, x = (2 is c), ((b < a <= b) and 2)
                c = (lambda q: q + {c: 10})
                a += (a == [a for a in a if b])
    finally:
        def h(*args, c):
            nonlocal_target = f(c, (a is a))
            class K0:
                attr = ((-x) + f(True, a))
                def meth(self):
                    c += [x for x in (True < a <= c) if b]
                    pass
            b, *x = (not [x for b in b if -1])
        if (a := c[(1, 2)]):
            y = {*((lambda q: q + b) < None <= (not c)), (not a.m(x, k=b))}
            y = ((not y), *a[(1, 2)])
    for x in [b for x in y if None]:
        f({b: {(): a} for b in (lambda q: q + y)})
        b = b = (a and 2.5)
    return a
