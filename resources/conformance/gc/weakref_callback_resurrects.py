# A weakref callback run by the collector cannot reach the dead referent, but may keep other objects alive (test_weakref.test_callback_in_cycle_resurrection).
import gc, weakref
gc.disable()
gc.collect()
alist = []
class C:
    def __init__(self, value):
        self.attribute = value
    def acallback(self, ignore):
        alist.append(self.c)
c1, c2 = C(1), C(2)
c1.c = c1
c2.c = c2
c1.wr = weakref.ref(c2, c1.acallback)
c2.wr = weakref.ref(c1, c2.acallback)
del c1, c2
print(gc.collect())
print(alist)
