# getrefcount after del of names, list items, dict items and slices.
import sys
x = []
a = x
b = x
lst = [x, x, x]
d = {1: x, 2: x}
print(sys.getrefcount(x))
del a
print(sys.getrefcount(x))
del lst[0]
print(sys.getrefcount(x))
del d[1]
print(sys.getrefcount(x))
del lst[:]
print(sys.getrefcount(x))
del b, d
print(sys.getrefcount(x))
