# A cycle promoted all the way to generation 2 is collected only by a full collection.
import gc
gc.disable()
gc.collect()
x = {}
x['x'] = x
gc.collect(0)
gc.collect(1)
del x
print(gc.collect(0), gc.collect(1), gc.collect(2))
