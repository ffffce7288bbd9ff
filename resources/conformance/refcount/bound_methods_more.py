# Bound methods hold their instance; builtin methods hold their receiver; classmethods bind the class.
import sys

class K:
    def m(self):
        return self
    @classmethod
    def c(cls):
        return cls
    @staticmethod
    def s():
        return 's'

k = K()
print(sys.getrefcount(k))
bm = k.m
print(sys.getrefcount(k), bm.__self__ is k, bm is k.m, bm == k.m)
ms = [k.m for _ in range(3)]
print(sys.getrefcount(k))
del ms, bm
print(sys.getrefcount(k))
cm = K.c
print(cm() is K, cm.__self__ is K, K.s(), k.s())
lst = [1, 2]
app = lst.append
print(sys.getrefcount(lst))
app(3)
del app
print(sys.getrefcount(lst), lst)
d = {}
setter = d.__setitem__
setter('a', 1)
print(sys.getrefcount(d), d)
unbound = K.m
print(unbound(k) is k, sys.getrefcount(k))
