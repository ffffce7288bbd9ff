# The collector does not call __getattr__ when looking for finalizers: a trash cycle whose __getattr__ deletes attributes is collected normally (test_gc.test_boom).
import gc
gc.disable()
gc.collect()
class Boom:
    def __getattr__(self, someattribute):
        del self.attr
        raise AttributeError
a = Boom()
b = Boom()
a.attr = b
b.attr = a
del a, b
print(gc.collect())
print(gc.garbage)
