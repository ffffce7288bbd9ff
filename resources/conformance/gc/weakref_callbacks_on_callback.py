# Weakref callbacks in a collection (test_weakref.test_callbacks_on_callback): one whose weakref is itself garbage does not run; one held from outside does.
import gc, weakref
gc.disable()
gc.collect()
alist = []
class C:
    def __init__(self, v):
        self.v = v
    def cb(self, ignore):
        alist.append(self.v)
callback = C(1).cb
c = C(2)
c.cycle = c
c.wr = weakref.ref(callback.__self__, callback)
external = weakref.ref(c, lambda r: alist.append('external'))
del callback, c
print(gc.collect())
print(alist)
