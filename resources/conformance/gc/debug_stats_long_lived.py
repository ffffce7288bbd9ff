# The full-collection rule under gc.DEBUG_STATS: generation 2 is collected automatically only when the objects
# that survived generation-1 collections since the last full one (long_lived_pending) exceed a quarter of those
# in generation 2 after it (long_lived_total), both counted as gc_list_size does, the interpreter's own included.
import gc
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
gc.set_threshold(100, 2, 2)
keep = []
for i in range(3000):
    l = [i]
    l.append(l)
    if i % 100 == 0:
        keep.append(l)
gc.set_threshold(700, 10, 10)
gc.set_debug(0)
s = gc.get_stats()
print(s[0]['collections'], s[1]['collections'], s[2]['collections'])
