# gc.DEBUG_STATS from the first statement: the first full collection untracks the interpreter's start-up
# tuples and dicts, the second the nested tuples the first could not.
import gc
gc.set_debug(gc.DEBUG_STATS)
gc.collect()
gc.collect()
x = 1
gc.collect()
gc.collect(0)
gc.collect(1)
gc.set_debug(0)
