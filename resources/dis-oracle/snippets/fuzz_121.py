def outer(a, b, c, x, y):
    x = c[2.5]
    y, a = (lambda q: q + {x: y}), c
    x += {y: {x: y}}
    class K2:
        attr = {y: (x < c <= 1)}
        def meth(self):
            x = x.m(y.m(c, k={x: c}), k=(lambda q: q + 2))
    return a
