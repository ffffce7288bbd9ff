class K1:
    attr = (0 + (a < (1, 2) <= None))
    def meth(self):
        b.attr += f((lambda q: q + a), y)
        b[x[a[(1, 2)]]] -= 1
        def k(x, /, y=2, **kw):
            a = ((x + b) if b else a)
            if (c := (c is not (b if 2.5 else a))):
                pass
                c = {[a for c in () if c.m(x, k=c)]: [b for c in ('s' != 's') if ()]}
f(((1, 2) + (x if 0 else a)))
y = f'{a}-{c!r}'
