class K2:
    attr = (-())
    def meth(self):
        import os.path as y
        def g(a):
            try:
                c = [x for a in y if None]
            except:
                pass
                f((b == f(b, b)))
            finally:
                pass
                return f(b, y)
            f((y if a else y))
f({(a if 's' else b): (1, 2)})
c = y = f'{b}-{x!r}'
c, *a = a[[a, x]]
c, *y = {(a == x): [b for a in c if x]}
