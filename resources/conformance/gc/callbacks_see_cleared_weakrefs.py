# Weakref callbacks that run during a collection see every weakref to the garbage already cleared (test_gc.test_bug1055820b).
import gc, weakref
gc.disable()
gc.collect()
seen = []
class D:
    pass
def callback(ignored):
    seen.append([w() for w in wrs])
c0, c1 = D(), D()
c0.c = c0
c1.c = c1
wrs = [weakref.ref(c0, callback), weakref.ref(c1, callback)]
del c0, c1
print(gc.collect())
print(seen)
