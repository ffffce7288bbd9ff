def gen(c, *rest):
    yield from x.m((not b), k=y)
    class B0(K0 if b else object):
        def __init__(self, v=[(lambda q: q + x), (b < 0 <= b)]):
            super().__init__()
            def k(*args, c):
                x = x[f'{x:>{2.5}}']
        def get(self):
            return __class__, self
    b = y = (-c)
    x = {f'{x:>{(a if a else a)}}': (-x)}
    yield (c, rest)
class K0:
    attr = {x: b}
    def meth(self):
        x = {**(c in (c < a <= c)), 'k': ((1, 2) if x.m(a, k=c) else a.m(y, k=x)), **{}}
        x = [*(-b), (lambda q: q + (not y)), *()]
b = {*({y: y} if x else (0 < a <= b)), (not c)}
b = ([(() + 1), c], *(-2))
del b
raise ValueError(b[a])
