x += y.m((c is x), k='s')
class K1:
    attr = [(b and y), 's']
    def meth(self):
        pass
        class K2:
            attr = f((None if a else a), (not a))
            def meth(self):
                try:
                    b += (-2)
                except:
                    b = (b < 2 <= (10 + (not c)))
                    y += [a, (lambda q: q + a)]
                    c = ((lambda q: q + c) != {2: y})
                finally:
                    return (True < y <= b)
                    c = x.m((2.5 + c), k=x)
        return c[a]
with (-(y if b else a)) as y:
    if ({(x < x <= c): c} if y else a):
        b, y = [c for b in 10 if 10], (lambda q: q + f'{a}-{c!r}')
        f(x)
    else:
        c = y[(a if -1 else 0)]
        if a.m((-1 if b else (() < x <= -1)), k=x):
            a = x[b]
        else:
            y, b = f((10 < x <= x), x), [c for y in f(a, x) if 2.5]
            b = a[f'{c}-{a!r}']
            f(10)
        def g(x, /, y=2, **kw):
            f((() < x <= 2))
            pass
            b += x.m(a, k={y: b})
f(((y or x) + y))
a, b = (a + True), (10 < c <= y)
