# A tuple holding a list that holds the tuple: a 2-object cycle, collect() returns 2 (test_gc.test_tuple).
import gc
gc.disable()
gc.collect()
l = []
t = (l,)
l.append(t)
del t
del l
print(gc.collect())
