import gc

saved = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


r = Resource("plain")
del r                           # refcount reaches zero: __del__ runs at once

a = Resource("a")
b = Resource("b")
a.peer = b
b.peer = a                      # a cycle of objects with finalizers
del a, b
print(gc.collect())             # PEP 442 (3.4+): finalized, then freed
print(gc.garbage)               # nothing is left uncollectable


class Phoenix:
    def __del__(self):
        print("resurrected")
        saved.append(self)      # the finalizer makes the object reachable again


p = Phoenix()
p.me = p
del p
print(gc.collect())             # finalized once, resurrected, not freed
print(len(saved))
saved.clear()
print(gc.collect())             # freed now; __del__ does not run a second time
