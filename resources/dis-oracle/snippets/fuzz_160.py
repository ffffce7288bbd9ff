f(({a: c} + (b == b)))
a = a = ((a + y) < (-1 + b))
x, x = (lambda q: q + 1), (-1 if a.m(x, k=y) else y)
