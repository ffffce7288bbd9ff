pass
global b
b = (a.m(c, k=c) and (x is b))
global y
y = ([x for b in y if ()] if f(x, a) else (x < a))
if (b := (y.m(c, k=b) if (x and c) else [b for x in x if b])):
    class K1:
        attr = b[True]
        def meth(self):
            while f'{x}-{b!r}':
                f([x, x])
                x += [c for a in b if c]
            def g(x, /, y=2, **kw):
                nonlocal_target = c.m(y, k=None)
                return c[y]
                return x[{a: a}]
                pass
            return [y for x in () if a]
    c, a = (not y), (a != (c and 2))
    b += f((lambda q: q + c), a)
