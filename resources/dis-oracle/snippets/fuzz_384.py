global b
b = y.m(b, k=f(x, 0))
try:
    y, x = (b := x), (not b[x])
    b = {**f(*y, **{c: x}), 'k': (not b), **{}}
    b = [*((1, 2) < b), ((-()) if a else y), *()]
    x, *x = x.m(f(None, y), k=y)
finally:
    b = {**(a if f(a, 1) else a), 'k': f((y if 1 else x), (c if b else y)), **{}}
    b = [*{a for a in a if a}, a.m(a, k=x), *()]
    f((not x[c]))
while (a and [x for x in 's' if 0]):
    class B0(K0 if a else object):
        def __init__(self, v=((not y) < c[c])):
            super().__init__()
            pass
            return (None if y else b[a])
            with f(a[[c, ()]]) as c, f(f(c, ())):
                c = (-{x for x in a if x})
        def get(self):
            return __class__, self
y.attr += (lambda q: q + (-1 < a))
y[[c, c]] -= 1
