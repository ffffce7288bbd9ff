# gc.DEBUG_STATS still set at exit: the interpreter's shutdown collections report too.
import gc
gc.set_debug(gc.DEBUG_STATS)
l = []
l.append(l)
gc.collect(0)
