def outer(a, b, c, x, y):
    import os.path as a
    pass
    class K1:
        attr = (y if c else (c < b <= b))
        def meth(self):
            def inner():
                nonlocal y
                y = (not b)
                return y
            while (c < y <= a):
                return c.m(y, k=(1, 2))
    c, *a = (True is not b)
    return a
