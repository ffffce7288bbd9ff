# With gc.disable(), count0 keeps rising past threshold0 without a collection; gc.collect() still works.
import gc
gc.collect()
gc.disable()
gc.set_threshold(10)
runs = []
gc.callbacks.append(lambda phase, info: runs.append(phase))
keep = [[] for _ in range(50)]
print(runs, gc.get_count()[0] > 10)
gc.collect()
print(runs)
