import gc

print(gc.get_threshold())   # (700, 10, 10) by default
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())

collections = []


def on_gc(phase, info):
    if phase == "start":
        collections.append(info["generation"])


gc.collect()
gc.callbacks.append(on_gc)
keep = []
for i in range(1200):
    keep.append([i])        # each list is tracked: generation 0 fills up
gc.callbacks.remove(on_gc)

print(len(collections))     # how many automatic collections ran
print(collections[:12])     # which generation each one collected
