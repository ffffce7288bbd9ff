# getrefcount of instances and of their class: each instance holds a reference to its type.
import sys
class A:
    pass
base = sys.getrefcount(A)
a1 = A()
print(sys.getrefcount(A) - base)
a2 = A()
a3 = A()
print(sys.getrefcount(A) - base)
del a1, a2
print(sys.getrefcount(A) - base)
print(sys.getrefcount(a3))
lst = [A() for _ in range(5)]
print(sys.getrefcount(A) - base)
lst = None
print(sys.getrefcount(A) - base)
