# The 'stop' info's collected count matches collect()'s return value for a 2-cycle, a self-cycle and nothing.
import gc
gc.disable()
gc.collect()
stops = []
gc.callbacks.append(lambda phase, info: stops.append(info['collected']) if phase == 'stop' else None)
class N:
    pass
a, b = N(), N()
a.b, b.a = b, a
del a, b
r1 = gc.collect()
l = []
l.append(l)
del l
r2 = gc.collect()
r3 = gc.collect()
gc.callbacks.clear()
print([r1, r2, r3], stops)
