# A dict that once held a list stays tracked after collect(0) and collect(1); only a full collection untracks it.
import gc
gc.disable()
gc.collect()
d = {'a': []}
print(gc.is_tracked(d))
d['a'] = 1
print(gc.is_tracked(d))
gc.collect(0)
print(gc.is_tracked(d))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect(2)
print(gc.is_tracked(d))
d['b'] = [1]
print(gc.is_tracked(d))
