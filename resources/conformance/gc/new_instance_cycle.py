# An instance of a class holding its class through an attribute, all deleted: collect() returns a positive count (test_gc.test_newinstance).
import gc
gc.disable()
gc.collect()
class A:
    pass
a = A()
a.a = a
del a
print(gc.collect())
class B(list):
    pass
b = B()
b.append(b)
del b
print(gc.collect())
