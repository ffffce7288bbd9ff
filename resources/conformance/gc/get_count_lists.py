# count0 rises by one per new list kept alive, and falls again (less than it rose) as lists go to the list free list.
import gc
gc.disable()
gc.collect()
a = gc.get_count()[0]
keep = [[] for _ in range(100)]
b = gc.get_count()[0]
print(b - a)
del keep
c = gc.get_count()[0]
print(c - b)
again = [[] for _ in range(50)]
d = gc.get_count()[0]
print(d - c)
