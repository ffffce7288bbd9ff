while y.m(f(c, 1), k=None):
    c = c[(1, 2)]
with [a for c in 10 if [a, y]] as y:
    del c
    c, x = ({c: b} or f(b, True)), (lambda q: q + (lambda q: q + b))
    for a in f'{x}-{c!r}':
        class K2:
            attr = a.m(0, k=a.m(10, k=-1))
            def meth(self):
                f([b for b in (c < y <= x) if b])
        del x
        with (0 + x[a]) as y:
            c = {y: f(b, (-(1, 2)))}
    else:
        try:
            c += (b := None)
            f((lambda q: q + x))
            c = [True, [(not c), ()]]
        except:
            f(f'{x}-{b!r}')
            f((c + 1))
