def outer(a, b, c, x, y):
    while (y + 's'):
        a, y = {[y, y]: [(), c]}, (-(b < x <= y))
        class K0:
            attr = f(a, c)
            def meth(self):
                del b
                class B1(K0 if b else object):
                    def __init__(self, v=(lambda q: q + x)):
                        super().__init__()
                        return (-())
                        pass
                    def get(self):
                        return __class__, self
                a = b = (-())
        f((a := a))
    c += (b if 's' else c)
    return a
