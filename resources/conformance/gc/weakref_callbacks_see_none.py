# During a collection every weakref to the trash is cleared before any callback runs, so callbacks see None (test_gc.test_bug1055820b).
import gc, weakref
gc.disable()
gc.collect()
class C:
    def __init__(self, i):
        self.i = i
        self.loop = self
ouch = []
def callback(ignored):
    ouch[:] = [wr() for wr in WRs]
Cs = [C(i) for i in range(2)]
WRs = [weakref.ref(c, callback) for c in Cs]
c = None
print(gc.collect(), len(ouch))
Cs = None
print(gc.collect(), len(ouch), ouch)
