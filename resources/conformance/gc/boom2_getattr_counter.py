# A trash cycle whose __getattr__ deletes attributes only on its second call: the collector still never calls it (test_gc.test_boom2).
import gc
gc.disable()
gc.collect()
class Boom2:
    def __init__(self):
        self.x = 0
    def __getattr__(self, someattribute):
        self.x += 1
        if self.x > 1:
            del self.attr
        raise AttributeError
a = Boom2()
b = Boom2()
a.attr = b
b.attr = a
del a, b
print(gc.collect())
print(gc.garbage)
