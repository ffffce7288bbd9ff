y, b = f'{x}-{x!r}', (not 1)
try:
    pass
finally:
    c = {**(not 0), 'k': (not (1, 2)), **{}}
    c = [*[x for c in c if ()], (x != [c for b in 1 if 's']), *()]
    f((-b[-1]))
    pass
b, y = c.m(b, k=y.m(b, k=c)), c[x:None]
class K0:
    attr = (c if 2.5 else (not c))
    def meth(self):
        class B0(K0 if y else object):
            def __init__(self, v=((x if 1 else x) or c)):
                super().__init__()
                try:
                    x = (lambda q: q + b)
                except:
                    f((lambda q: q + b))
            def get(self):
                return __class__, self
