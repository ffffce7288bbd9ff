# A list taken from the list free list is not a new GC allocation: rebinding x = [i] in a loop leaves count0 unchanged.
import gc
gc.disable()
gc.collect()
a = gc.get_count()[0]
for i in range(30):
    x = [i]
b = gc.get_count()[0]
keep = []
for i in range(30):
    keep.append([i])
c = gc.get_count()[0]
print(b - a, c - b)
