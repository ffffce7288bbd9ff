# One hundred independent self-referencing lists are reclaimed by one collection that returns 100.
import gc
gc.disable()
gc.collect()
for i in range(100):
    l = [i]
    l.append(l)
del l
print(gc.collect())
