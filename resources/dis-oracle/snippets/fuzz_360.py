global a
a = [f'{y}-{y!r}', x]
def h(a):
    nonlocal_target = [x for c in (x or c) if y]
    import os.path as b
class B0(K0 if a else object):
    def __init__(self, v=(f(2.5, ()) or (a if 1 else b))):
        super().__init__()
        return (b.m(a, k=a) < a[c])
    def get(self):
        return __class__, self
del c
