# A list that contains itself survives del and is reclaimed by gc.collect(), which returns 1 (test_gc.test_list).
import gc
gc.disable()
gc.collect()
l = []
l.append(l)
print(len(l), l[0] is l)
del l
print(gc.collect())
print(gc.collect())
