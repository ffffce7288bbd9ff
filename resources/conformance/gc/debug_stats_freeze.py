# gc.freeze and gc.unfreeze under gc.DEBUG_STATS: the interpreter's own objects move to the permanent
# generation and back to the oldest one with the program's.
import gc
gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
cycle = [1]
cycle.append(cycle)
gc.freeze()
gc.collect()
gc.unfreeze()
del cycle
gc.collect(1)
gc.collect()
gc.set_debug(0)
