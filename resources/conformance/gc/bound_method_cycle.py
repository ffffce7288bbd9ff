# An instance that stores its own bound method is a 2-object cycle (test_gc.test_method).
import gc
gc.disable()
gc.collect()
class A:
    def __init__(self):
        self.init = self.__init__
a = A()
del a
print(gc.collect())
