# getrefcount of an instance while bound methods of it exist, and of the bound method objects themselves.
import sys
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print(sys.getrefcount(c))
print(c.m())
bm = c.m
print(sys.getrefcount(c))
print(sys.getrefcount(bm))
bm2 = c.m
print(sys.getrefcount(c))
print(bm is bm2, bm == bm2)
del bm, bm2
print(sys.getrefcount(c))
print(C.m(c))
