# A weakref without callback to a cycle member is simply cleared by the collection; the weakref object survives.
import gc, weakref
gc.disable()
gc.collect()
class T:
    pass
t = T()
t.me = t
r = weakref.ref(t)
del t
print(r() is not None)
print(gc.collect())
print(r(), type(r).__name__)
