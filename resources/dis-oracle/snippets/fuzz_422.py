f(((1, 2) < (b if x else a)))
a = c = (f(c, y), *b)
with f(f([x, a], y)) as a, f(f({x: c}, [1, b])):
    class B0(K0 if y else object):
        def __init__(self, v=sum(b for b in x[c])):
            super().__init__()
            y += ((b and y) + ())
        def get(self):
            return __class__, self
    x.attr += {b: c}
    x[[c, y]] -= 1
    def g(a, b=1):
        def inner():
            nonlocal y
            y = (lambda q: q + [y, ()])
            return y
        try:
            return a[0]
            return x.m(-1, k=b)
        finally:
            y = (-(1, 2))
            c = ((0 if b else True) if b[(x or y)] else c)
        pass
x = {**(not x), 'k': c[(a < y)], **{}}
x = [*(b or f'{b}-{x!r}'), [b, (lambda q: q + a)], *()]
