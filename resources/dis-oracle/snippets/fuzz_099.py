def outer(a, b, c, x, y):
    class K0:
        attr = (not ())
        def meth(self):
            if ():
                yield f(y, ((1, 2) or c))
            def g(a):
                del y
    assert {a: x[x]}, ('s' < y <= [c, c])
    b = [{c: f(c, c)}, {[-1, c]: y}]
    return a
