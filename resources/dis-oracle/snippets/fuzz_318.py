while (not (lambda q: q + a)):
    if (not [y for b in (10 < 2 <= b) if c.m(c, k=c)]):
        class K0:
            attr = y[b.m(a, k=2.5)]
            def meth(self):
                return x[[c, b]:()]
        import os.path as b
    else:
        if (a := [c for y in y if 10]):
            b, b = c.m(c, k=b), (-1 if [a for y in -1 if True] else 1)
            a += (a + [b for b in b if y])
            c = (True if y else c)
        del x
        with f'{x}-{b!r}' as x:
            c += f(a, a)
            b, x = (2 < c <= c), (-{x: b})
assert a.m([y, c], k=None), (-True)
assert (y[b] + c.m(b, k=x)), c.m(x, k=(c if y else x))
del x
