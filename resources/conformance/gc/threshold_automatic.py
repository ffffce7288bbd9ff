# With threshold0 = 10, allocating lists triggers automatic gen-0 collections; gc.callbacks records each one.
import gc
gc.collect()
events = []
def cb(phase, info):
    events.append((phase, info['generation'], info['collected']))
gc.set_threshold(10, 3, 3)
gc.callbacks.append(cb)
keep = []
for i in range(40):
    keep.append([i])
gc.callbacks.remove(cb)
print(len(events))
print(events[:6])
print(gc.get_count())
