def outer(a, b, c, x, y):
    if (lambda q: q + c):
        b += (-(-2))
        del x
        del a
    a = x[y]
    class K1:
        attr = (lambda q: q + c)
        def meth(self):
            def k():
                with (a.m(y, k=True) if () else 1) as a:
                    x += c[[x, (1, 2)]]
    return a
