import os.path as c
class K0:
    attr = (-b)
    def meth(self):
        with {a: (1, 2)} as y:
            with ((1, 2), *(y if c else b)) as c:
                return f'{a}-{c!r}'
                b = ((not a.m(a, k=x)) + x)
                pass
            while (y < b <= (a < (x and a) <= b[c])):
                return y.m((not y), k=-1)
                x = y.m(c, k=-1)
                return (not y[y])
        del c
