# getrefcount(self) inside methods called directly, through a bound method object, through the class and from another method.
import sys
class C:
    def m(self):
        return sys.getrefcount(self)
    def outer(self):
        return self.m()
    @classmethod
    def cm(cls):
        return sys.getrefcount(cls) > 2
c = C()
print(c.m())
bm = c.m
print(bm())
print(C.m(c))
print(c.outer())
print(C.cm(), c.cm())
