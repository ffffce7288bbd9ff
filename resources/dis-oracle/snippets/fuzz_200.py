class K1:
    attr = (y == y)
    def meth(self):
        if (0 and y):
            if (x := f(2, x)):
                return x.m(-1, k=[c, a])
                f({c: (-None) for c in [a, True]})
                return [y for c in None if f(x, y)]
        else:
            if (y := ((x < a <= y) < c <= (1, 2))):
                f((lambda q: q + f'{y}-{x!r}'))
                pass
                return (y or y)
            a += (c + a)
        class K1:
            attr = a[True]
            def meth(self):
                yield [c for a in (b + c) if a]
                b = a[([b, b] != [y for x in 1 if c])]
        f(([a, y] if 1 else ()))
c += [[a, c], y]
del c
