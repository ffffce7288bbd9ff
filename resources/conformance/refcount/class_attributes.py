# getrefcount of values stored in a class body, through the class and through instances.
import sys
v = []
class K:
    attr = v
    other = v
print(sys.getrefcount(v))
k = K()
print(sys.getrefcount(k.attr))
K.third = v
print(sys.getrefcount(v))
del K.other
print(sys.getrefcount(v))
class Sub(K):
    pass
print(sys.getrefcount(Sub.attr))
del K
print(sys.getrefcount(v))
