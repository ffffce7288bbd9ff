# Cycles of lists freed by full collections, reported by gc.DEBUG_STATS.
import gc
gc.set_debug(gc.DEBUG_STATS)
gc.collect()
a = []
a.append(a)
b = [a]
c = [b, []]
a.append(c)
del a, b, c
gc.collect()
for i in range(10):
    l = [i]
    l.append(l)
del l
gc.collect(2)
gc.collect(2)
gc.set_debug(0)
