# Iterators, enumerate, zip, reversed and dict views each hold one reference to what they iterate.
import sys
lst = [1, 2, 3]
d = {'a': 1}
print(sys.getrefcount(lst))
it = iter(lst)
print(sys.getrefcount(lst))
en = enumerate(lst)
z = zip(lst, lst)
rv = reversed(lst)
print(sys.getrefcount(lst))
keys = d.keys()
vals = d.values()
print(sys.getrefcount(d))
del it, en, z, rv, keys, vals
print(sys.getrefcount(lst), sys.getrefcount(d))
it = iter(lst)
list(it)
print(sys.getrefcount(lst))
