c = (-a)
a = [x for x in (2 < 's' <= -1) if b]
while y.m(1, k=(y if 1 else (-y))):
    a += (c < b)
    continue
    b, b = (a or c[b]), b.m(y, k=True)
y, a = (a if c else 's'), b[[b for c in b if x]]
class K1:
    attr = ([y, y] if y else 2)
    def meth(self):
        while f(({b: c} < y <= 's'), a.m(c, k=x)):
            break
            f([(lambda q: q + True), 1])
            c = y
        for c in b[c]:
            with y.m(b, k=a) as y:
                a += (not {c: c})
                return f(a, True)
        else:
            for b in f((1, 2), -1):
                return ((lambda q: q + x) if x else (-x))
                break
        return [y, a]
