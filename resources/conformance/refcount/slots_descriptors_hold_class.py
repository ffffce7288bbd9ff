# Each member descriptor type_new makes for __slots__ holds a reference to its class (d_type), as do the
# __dict__ / __weakref__ getsets of a class without __slots__; deleting a slot descriptor releases it.
import gc
import sys


class A:
    __slots__ = ("x",)


class B:
    __slots__ = ("x", "y", "z")


class C:
    pass


class D(B):
    __slots__ = ("w",)


print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(C), sys.getrefcount(D))
print(len(gc.get_referents(A.__dict__["x"])), type(A.__dict__["x"]).__name__)
del B.y
print(sys.getrefcount(B))
