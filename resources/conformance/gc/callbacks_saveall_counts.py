# gc.callbacks info under DEBUG_SAVEALL: the saved objects still count as collected, not as uncollectable.
import gc
gc.disable()
gc.collect()
infos = []
gc.callbacks.append(lambda phase, info: infos.append((phase, info['collected'], info['uncollectable'])))
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
d = {}
d['d'] = d
del l, d
n = gc.collect()
gc.set_debug(0)
gc.callbacks.clear()
print(n, infos, len(gc.garbage))
gc.garbage.clear()
print(gc.collect())
