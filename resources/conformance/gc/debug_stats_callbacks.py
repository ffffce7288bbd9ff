# gc.callbacks and gc.DEBUG_STATS together: the "start" callback runs before the report, "stop" after it.
import gc
seen = []


def cb(phase, info):
    seen.append((phase, info['generation'], info['collected']))


gc.callbacks.append(cb)
gc.set_debug(gc.DEBUG_STATS)
l = []
l.append(l)
del l
gc.collect(0)
gc.collect(2)
gc.set_debug(0)
gc.callbacks.remove(cb)
print(seen)
