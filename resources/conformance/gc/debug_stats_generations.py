# Survivors climbing the generations, young collections first, each one reported by gc.DEBUG_STATS.
import gc
gc.set_debug(gc.DEBUG_STATS)
x = [1, 2]
gc.collect(0)
y = [x]
gc.collect(0)
gc.collect(1)
z = (x, y)
w = (1, 'a')
gc.collect(1)
gc.collect(0)
gc.collect(2)
r = [z]
r.append(r)
gc.collect(1)
del r
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.set_debug(0)
