# Objects reachable only from a cycle (not in it) are freed with it: a list of 10 lists hanging off a 2-cycle.
import gc
gc.disable()
gc.collect()
a = []
b = []
a.append(b)
b.append(a)
a.append([[] for _ in range(10)])
del a, b
print(gc.collect())
