# print() between reported collections: stdout's pending buffer and print's own objects are tracked in CPython.
import gc
gc.set_debug(gc.DEBUG_STATS)
gc.collect()
gc.collect()
x = 1
gc.collect()
print("hi")
gc.collect()
print("hi")
gc.collect(0)
gc.collect(1)
gc.set_debug(0)
