import gc
import weakref


class Payload:
    pass


def gone(ref):
    print("callback: the payload is gone", ref() is None)


obj = Payload()
ref = weakref.ref(obj, gone)
print(ref() is obj)             # the weak reference does not keep obj alive
print(weakref.getweakrefcount(obj))
del obj                         # refcount drops to zero: freed now, callback runs
print(ref())

x = Payload()
y = Payload()
x.other = y
y.other = x                     # a cycle: only the GC can free it
watch = weakref.ref(x, gone)
del x, y
print("before collect", watch() is None)
print(gc.collect())
print("after collect", watch() is None)
