# Automatic collections (a low threshold) while gc.DEBUG_STATS is set. The first collection is explicit: CPython's
# count when __main__ starts depends on its compiler's allocations for the program, the counts after a
# collection do not.
import gc
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
gc.set_threshold(50, 3, 2)
keep = []
for i in range(400):
    item = [i]
    if i % 3 == 0:
        item.append(item)
    else:
        keep.append(item)
del item
gc.set_threshold(700, 10, 10)
gc.collect()
gc.set_debug(0)
