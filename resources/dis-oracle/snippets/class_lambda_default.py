class C:
    k = 3
    f = lambda self, d=k: d
    def m(self, d=k, *, e=lambda: 0):
        return d
