a.attr += f'{a}-{y!r}'
a[[c, c]] -= 1
b += (b[c] + x)
c = b = c.m({x: c}, k=b)
c = {**f((-1 == x), y), 'k': (-2), **{}}
c = [*(-a), (c if a.m(y, k=b) else (1, 2)), *()]
class K1:
    attr = (lambda q: q + (2 in b))
    def meth(self):
        del y
