# getrefcount of module globals: a fresh object, after aliasing, after rebinding and deleting aliases.
import sys
x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
z = y
print(sys.getrefcount(x))
y = None
print(sys.getrefcount(x))
del z
print(sys.getrefcount(x))
print(sys.getrefcount([]))
print(sys.getrefcount({}))
print(sys.getrefcount(object()))
