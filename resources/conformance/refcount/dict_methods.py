# getrefcount of keys and values after dict methods: setdefault, get, update, pop, popitem, copy, items, fromkeys, clear.
import sys
k = 'key-' + str(1)
v = object()
d = {}
d.setdefault(k, v)
print(sys.getrefcount(k), sys.getrefcount(v))
got = d.get(k)
print(sys.getrefcount(v))
del got
d.update({k: v})
e = d.copy()
print(sys.getrefcount(k), sys.getrefcount(v))
items = list(d.items())
print(sys.getrefcount(k), sys.getrefcount(v))
del items, e
popped = d.pop(k)
print(sys.getrefcount(k), sys.getrefcount(v))
f = dict.fromkeys([k, 'other'], v)
print(sys.getrefcount(k), sys.getrefcount(v))
pair = f.popitem()
print(sys.getrefcount(v), pair[0] == 'other')
f.clear()
del pair, popped
print(sys.getrefcount(k), sys.getrefcount(v))
