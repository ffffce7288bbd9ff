class B1(K0 if b else object):
    def __init__(self, v=(f(True, y) and y)):
        super().__init__()
        f(a.m((x or b), k=b))
    def get(self):
        return __class__, self
b = [(not c), (-1 < y <= c[b])]
while ((not c) + ((x and 1) if f'{c}-{x!r}' else a)):
    c.attr += b[(lambda q: q + c)]
    c[[c for c in a if b]] -= 1
a, *c = (y < b <= b)
