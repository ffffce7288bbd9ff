# Empty dicts and tuples of ints are GC-capable even when untracked, so each allocation counts in count0.
import gc
gc.disable()
gc.collect()
a = gc.get_count()[0]
ds = [{} for _ in range(40)]
b = gc.get_count()[0]
ts = [(i, i) for i in range(40)]
c = gc.get_count()[0]
print(b - a, c - b)
