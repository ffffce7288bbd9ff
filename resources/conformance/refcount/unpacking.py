# getrefcount after tuple unpacking, starred unpacking and swaps.
import sys
x = []
y = {}
a, b = x, y
print(sys.getrefcount(x), sys.getrefcount(y))
a, b = b, a
print(sys.getrefcount(x), sys.getrefcount(y))
first, *rest = [x, x, y]
print(sys.getrefcount(x), sys.getrefcount(y), len(rest))
(p, q), r = (x, x), y
print(sys.getrefcount(x), sys.getrefcount(y))
del a, b, first, rest, p, q, r
print(sys.getrefcount(x), sys.getrefcount(y))
