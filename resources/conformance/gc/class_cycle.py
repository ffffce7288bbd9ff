# A class is always in reference cycles (its __mro__, its descriptors): deleting it leaves garbage for collect() (test_gc.test_class).
import gc
gc.disable()
gc.collect()
class A:
    pass
A.a = A
del A
print(gc.collect() > 0)
print(gc.collect())
