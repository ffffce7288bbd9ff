y += f(b, a)
def k(*args, c):
    class K1:
        attr = (1 and (10 is None))
        def meth(self):
            if ((-2) if a else None):
                return (-(1, 2))
            b = {c: ((not c) if a else x)}
            del b
def h(*args, c):
    x = (-c)
    f((not y))
