def outer(a, b, c, x, y):
    if (lambda q: q + c):
        del y
        y.attr += (lambda q: q + 2)
        y[f([c, x], b)] -= 1
    else:
        del a
        c, *x = ((-None) + 's')
        b = (-x)
    class K1:
        attr = (-x)
        def meth(self):
            pass
            return (x < b.m(a, k=b) <= (-None))
            c = {*(not (not b)), f([c for y in a if c], 's')}
            c = (((b or b) and ()), *{b for b in a if b})
    return a
