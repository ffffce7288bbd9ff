# An instance referring to itself is freed only by the collector.
import gc
gc.disable()
gc.collect()
class A:
    pass
a = A()
a.me = a
del a
print(gc.collect())
