global y
y = f([c for x in b if b], (x + b))
class K0:
    attr = f(x, (c and 2.5))
    def meth(self):
        class B0(K0 if a else object):
            def __init__(self, v=b[a]):
                super().__init__()
                @f
                @y.m((c or c))
                def deco_target(q=(0 or 10), *, r=lambda: y):
                    x = {f(b, a): a}
                    x = f'{x:>{a}}'
                raise ValueError(f'{c:>{((1, 2) < a <= y)}}')
                c = {**(f'{b}-{b!r}' is a), 'k': (-c), **{}}
                c = [*((b + y) if y else b), (2.5 and (y + b)), *()]
            def get(self):
                return __class__, self
        yield [(not -1), y]
class B1(K0 if a else object):
    def __init__(self, v=f(b, (x or b))):
        super().__init__()
        try:
            yield f((-y), x)
            b = c = ((a in x) if (a in 2.5) else True)
            try:
                pass
                b += y.m(c[a], k=b)
            except:
                b = (c + f(f(a, y), (a or y)))
                y = sum(c for c in x)
                return ((c is not c) if b else c)
        finally:
            a.attr += c.m([a for x in c if 2.5], k=a)
            a[x[(y and 2.5)]] -= 1
            class B1(K0 if y else object):
                def __init__(self, v=(not {c: b})):
                    super().__init__()
                    y = [b for a in x if c]
                def get(self):
                    return __class__, self
            class K1:
                attr = {(-a): x}
                def meth(self):
                    pass
                    c += f(0, -1)
                    a += (y != f(c, y))
    def get(self):
        return __class__, self
