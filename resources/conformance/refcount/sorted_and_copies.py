# Copies of containers (slice, copy, list(), sorted, dict copy) each add one reference to every item.
import sys
x = object()
lst = [x]
print(sys.getrefcount(x))
a = lst[:]
b = lst.copy()
c = list(lst)
d = sorted(lst, key=id)
print(sys.getrefcount(x))
m = {'k': x}
n = dict(m)
o = m.copy()
print(sys.getrefcount(x))
del a, b, c, d, n, o
print(sys.getrefcount(x))
t = tuple(lst)
u = t[:]
print(sys.getrefcount(x), u is t)
