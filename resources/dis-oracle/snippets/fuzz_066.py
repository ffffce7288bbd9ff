assert [(not x), a], y
del c
f(a.m(x[y], k={10: -1}))
class K2:
    attr = (y[x] if y else c)
    def meth(self):
        try:
            while f'{x}-{a!r}':
                break
                y += f'{b}-{c!r}'
            pass
            for a in ({x: x} < f'{a}-{a!r}' <= a):
                return y.m((lambda q: q + x), k=[y, b])
        except:
            with a.m((b + c), k=b) as x:
                x += [y for c in 2.5 if 2]
            return f(0, (a < b))
