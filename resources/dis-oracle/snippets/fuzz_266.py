while b.m(b, k=a):
    a = y = (lambda q: q + (x if a else a))
    x.attr += x.m((), k=b)
    x[((b if c else y) + (not a))] -= 1
    y, *x = ((c < y <= b) and a)
class K2:
    attr = (not y)
    def meth(self):
        x += (not b)
c.attr += [c for c in [c, y] if b[y]]
c[((lambda q: q + a) < 0 <= (b + y))] -= 1
