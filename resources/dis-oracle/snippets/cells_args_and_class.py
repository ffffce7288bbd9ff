def outer(a, b, *args, **kw):
    c = 1
    class K:
        def m(self):
            return a, c, __class__, kw
        def n(self):
            return super().n()
    def h():
        nonlocal c
        c = b
    return K, h
