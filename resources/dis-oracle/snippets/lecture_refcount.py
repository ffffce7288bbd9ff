import sys
a = []
b = a
c = [a, a]
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
c.clear()
print(sys.getrefcount(a))
