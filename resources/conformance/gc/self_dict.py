# A dict that contains itself is reclaimed by gc.collect(), which returns 1 (test_gc.test_dict).
import gc
gc.disable()
gc.collect()
d = {}
d[1] = d
del d
print(gc.collect())
