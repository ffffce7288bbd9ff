with (not x) as x:
    del y
    try:
        y = {*(a in a), ((a != a) + (not 's'))}
        y = (x.m(b, k=y), *(-(-x)))
    finally:
        c, y = [10, x], [b for y in {x: 10} if (b < -1 <= c)]
class K2:
    attr = [x, 2]
    def meth(self):
        import os.path as a
        y = c = {c: {y: b}}
