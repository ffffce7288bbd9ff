# gc.freeze moves every tracked object to the permanent generation: get_count() is zeroed and frozen cycles are not collected until unfreeze (test_gc.test_freeze).
import gc
gc.disable()
gc.collect()
l = []
l.append(l)
del l
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count())
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
