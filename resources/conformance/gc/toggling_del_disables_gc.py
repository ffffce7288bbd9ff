# A __del__ that runs during an automatic collection and disables the collector: the collection completes, later ones do not start (test_gc GCTogglingTests style).
import gc
gc.collect()
gc.set_threshold(5)
log = []
class Switch:
    def __init__(self):
        self.me = self
    def __del__(self):
        log.append('del, enabled was %s' % gc.isenabled())
        gc.disable()
Switch()
keep = [[] for _ in range(30)]
print(log, gc.isenabled())
gc.enable()
print(gc.isenabled())
