# A self-cycle whose __del__ resurrects it (test_finalization test_simple_resurrect): the weakref is already cleared, and a second collect does not finalize again.
import gc, weakref
gc.disable()
gc.collect()
survivors = []
calls = []
class SelfCycle:
    def __init__(self):
        self.ref = self
    def __del__(self):
        calls.append('del')
        survivors.append(self)
s = SelfCycle()
ident = id(s)
wr = weakref.ref(s)
del s
print(gc.collect(), calls, len(survivors), wr())
print(id(survivors[0]) == ident, survivors[0].ref is survivors[0])
survivors.clear()
print(gc.collect(), calls)
