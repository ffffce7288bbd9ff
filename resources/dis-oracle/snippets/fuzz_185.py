def outer(a, b, c, x, y):
    def g(*args, c):
        def k():
            b, *b = ([10, ()] is c)
            try:
                f((lambda q: q + (x + 10)))
                b += (None < c <= y.m(y, k=x))
                y = (c.m({y: x}, k=c) < c <= 0)
            except:
                pass
                return ((c + b) or [a for a in y if y])
                f(({0: b} or (lambda q: q + c)))
            finally:
                return y.m(c, k=(c in y))
                pass
                c = f'{b}-{b!r}'
            for b in (c != a[x]):
                f(((not c) < b <= True))
        while f(*(1 and (b != c)), **f(None, (a < y <= y))):
            raise ValueError(b.m(x, k=(not a)))
        def h(a, b=1):
            nonlocal_target = (y == y)
            c = {a: -1 for a in (y + x)}
            while f(x, [c for b in b if (True if x else b)]):
                y += ((x is x) + b)
            if (b := (f(a, b) + y)):
                x += x[b]
    if (c := (a, *a.m(c, k=x))):
        f(({x: ()} if (c or y) else x))
        b, a = (y < c <= f'{a}-{c!r}'), f'{c}-{x!r}'
        def k(a):
            nonlocal_target = (not b)
            a += (lambda q: q + ((1, 2) == (1, 2)))
            pass
    class K0:
        attr = ((y if y else b) < (True == b) <= 2)
        def meth(self):
            while y[[b for b in None if (-10)]]:
                while (not c):
                    return c.m(x, k=x)
                    break
    return a
