# A cycle that survived collect(0) while referenced is in generation 1 after it becomes garbage: collect(0) misses it, collect(1) finds it.
import gc
gc.disable()
gc.collect()
a = []
a.append(a)
gc.collect(0)
hold = a
del a
del hold
print(gc.collect(0))
print(gc.collect(1))
