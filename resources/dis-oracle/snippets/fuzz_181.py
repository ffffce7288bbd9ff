def outer(a, b, c, x, y):
    if (c := (2 + {x: c})):
        with f((lambda q: q + 2.5), f(a, y)) as a:
            y, *a = (x := a.m(x, k=x))
            class K1:
                attr = (-a)
                def meth(self):
                    return ((lambda q: q + y) is b)
            x.attr += (lambda q: q + y)
            x[(not (-a))] -= 1
        y += (-y)
    while (None + [b for x in y if b]):
        assert ((not y) + c), c['s']
    return a
