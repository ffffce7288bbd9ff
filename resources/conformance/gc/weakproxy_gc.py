# Proxies in the collector: a proxy with a callback to a collected cycle is called back with the dead proxy;
# a proxy that is itself garbage is cleared without its callback and counts as collected.
import gc, weakref
gc.disable()
gc.collect()
class Node:
    pass
a = Node()
a.self = a
p = weakref.proxy(a, lambda w: print("callback", type(w).__name__))
print(gc.is_tracked(p), gc.get_referents(p)[0].__name__)
del a
print(gc.collect())
try:
    p.self
except ReferenceError as e:
    print("ReferenceError:", e)
keep = Node()
b = Node()
b.p = weakref.proxy(keep, lambda w: print("never"))
b.self = b
del b
print(gc.collect())
print(weakref.getweakrefcount(keep))
del keep
print("end")
