# With thresholds (5, 2, 100), every third automatic collection is a gen-1 collection: the generations seen by gc.callbacks.
import gc
gc.collect()
gens = []
def cb(phase, info):
    if phase == 'start':
        gens.append(info['generation'])
gc.set_threshold(5, 2, 100)
gc.callbacks.append(cb)
keep = []
for i in range(60):
    keep.append([])
gc.callbacks.remove(cb)
print(gens)
