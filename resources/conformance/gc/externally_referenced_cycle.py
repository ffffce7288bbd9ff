# A cycle that is still referenced from a global is not garbage; once the global goes, collect() reclaims it.
import gc
gc.disable()
gc.collect()
a = []
b = [a]
a.append(b)
keep = a
del a, b
print(gc.collect())
print(len(keep), len(keep[0]))
del keep
print(gc.collect())
