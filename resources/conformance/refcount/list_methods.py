# getrefcount after list methods: append, extend, insert, index access, pop, remove, reverse, sort, slicing copies, clear.
import sys
x = object()
lst = []
lst.append(x)
lst.extend([x, x])
lst.insert(0, x)
print(sys.getrefcount(x))
y = lst[0]
print(sys.getrefcount(x))
del y
popped = lst.pop()
print(sys.getrefcount(x))
del popped
lst.pop()
print(sys.getrefcount(x))
lst.remove(x)
print(sys.getrefcount(x), len(lst))
lst.reverse()
lst.sort(key=id)
print(sys.getrefcount(x))
lst *= 3
print(sys.getrefcount(x))
lst.clear()
print(sys.getrefcount(x))
