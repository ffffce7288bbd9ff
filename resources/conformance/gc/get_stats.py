# gc.get_stats() counts collections and collected objects per generation: deltas over explicit collections.
import gc
gc.disable()
gc.collect()
before = gc.get_stats()
l = []
l.append(l)
del l
gc.collect(0)
gc.collect(0)
m = {}
m['m'] = m
del m
gc.collect(1)
gc.collect(2)
after = gc.get_stats()
for g in range(3):
    print(g, {k: after[g][k] - before[g][k] for k in ('collections', 'collected', 'uncollectable')})
