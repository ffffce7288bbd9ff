# gc.callbacks receive ('start', info) and ('stop', info) for explicit collections of every generation, with collected counts.
import gc
gc.disable()
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect(0)
gc.collect(1)
a = {}
a['a'] = a
del a
gc.collect(2)
gc.callbacks.remove(cb)
for entry in log:
    print(entry)
