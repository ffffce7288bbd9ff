# gc.DEBUG_STATS | gc.DEBUG_SAVEALL: the cycle is counted unreachable and kept in gc.garbage.
import gc
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
flags = gc.get_debug()
a = [1]
b = [a]
a.append(b)
del a, b
gc.collect()
gc.collect()
n = len(gc.garbage)
gc.set_debug(0)
print(flags, n, gc.get_debug())
