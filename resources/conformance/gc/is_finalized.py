# gc.is_finalized is False before __del__ has run and True for a resurrected object afterwards (test_gc.test_is_finalized).
import gc
gc.disable()
gc.collect()
storage = []
class Lazarus:
    def __del__(self):
        storage.append(self)
lazarus = Lazarus()
print(gc.is_finalized(lazarus))
del lazarus
print(len(storage))
print(gc.is_finalized(storage.pop()))
class Plain:
    pass
p = Plain()
print(gc.is_finalized(p), gc.is_finalized(1))
