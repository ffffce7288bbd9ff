# getrefcount of an object held by lists, tuples, dicts and sets.
import sys
x = object()
print(sys.getrefcount(x))
lst = [x, x]
print(sys.getrefcount(x))
t = (x, x, x)
print(sys.getrefcount(x))
d = {'a': x, 'b': x}
print(sys.getrefcount(x))
s = {x}
print(sys.getrefcount(x))
d2 = {x: 1}
print(sys.getrefcount(x))
lst.clear()
print(sys.getrefcount(x))
del t
print(sys.getrefcount(x))
d.pop('a')
print(sys.getrefcount(x))
s.discard(x)
d2.clear()
print(sys.getrefcount(x))
