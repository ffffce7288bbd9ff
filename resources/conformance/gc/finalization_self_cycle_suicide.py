# A self-cycle whose __del__ breaks its own cycle (test_finalization.SelfCycleFinalizationTest.test_simple_suicide): finalized once, then freed.
import gc, weakref
gc.disable()
gc.collect()
log = []
class SelfCycle:
    def __init__(self):
        self.ref = self
    def __del__(self):
        log.append('del ' + type(self).__name__)
        self.ref = None
s = SelfCycle()
wr = weakref.ref(s)
del s
print(gc.collect(), log, wr())
print(gc.collect(), log)
