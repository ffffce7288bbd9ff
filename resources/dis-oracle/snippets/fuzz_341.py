def outer(a, b, c, x, y):
    import os.path as b
    x, c = {x: 2}, f(b.m(b, k=a), 2.5)
    class K1:
        attr = (not a)
        def meth(self):
            del b
    return a
