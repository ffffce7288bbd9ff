# gc.DEBUG_STATS across the first repr() of a container: the thread state's dict and its Py_Repr list join generation 0 and, surviving, the older generations.
import gc
gc.set_debug(gc.DEBUG_STATS)
gc.collect()
gc.collect()
x = [1, (2, 3), {4: 5}]
gc.collect(0)
s = repr(x)
gc.collect(0)
s = repr(x)
gc.collect(1)
gc.collect()
gc.set_debug(0)
