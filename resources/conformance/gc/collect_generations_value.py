# A cycle created after a collect(0) is found by collect(0) only while it is still young; once promoted, only older collections see it.
import gc
gc.disable()
gc.collect()
l = []
l.append(l)
del l
print(gc.collect(0))
m = []
m.append(m)
gc.collect(0)
del m
print(gc.collect(0), gc.collect(1))
n = []
n.append(n)
gc.collect(1)
del n
print(gc.collect(0), gc.collect(1), gc.collect(2))
