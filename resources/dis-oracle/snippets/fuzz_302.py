class B1(K0 if b else object):
    def __init__(self, v=(b and x)):
        super().__init__()
        x, *c = ((-a) and 1)
    def get(self):
        return __class__, self
assert (f(x, ()) + 1), (x or c)
