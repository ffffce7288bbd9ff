# gc.DEBUG_STATS where the first collection is a young one: generation 0 holds the compiler's tuples.
import gc
gc.set_debug(gc.DEBUG_STATS)
keep = [[i] for i in range(5)]
gc.collect(0)
more = {'a': [1], 'b': (2, 3)}
gc.collect(0)
gc.collect(1)
del keep
gc.collect(0)
gc.collect(2)
gc.set_debug(0)
