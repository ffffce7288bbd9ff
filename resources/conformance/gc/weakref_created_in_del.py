# A weakref created inside __del__ to the dying object is dead once __del__ returns (test_weakref.test_ref_created_during_del).
import gc, weakref
gc.disable()
gc.collect()
W = None
class Target:
    def __del__(self):
        global W
        W = weakref.ref(self)
t = Target()
del t
print(type(W).__name__, W())
u = Target()
u.me = u
del u
print(gc.collect() >= 1, W())
