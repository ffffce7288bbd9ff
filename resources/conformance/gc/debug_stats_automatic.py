# Automatic collections (a low threshold) while gc.DEBUG_STATS is set.
import gc
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
