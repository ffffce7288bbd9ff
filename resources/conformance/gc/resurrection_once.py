# PEP 442: __del__ runs at most once per object, even if the object is resurrected and becomes garbage again (test_gc.test_resurrection_only_happens_once_per_object).
import gc
gc.disable()
gc.collect()
count = 0
lazarus = []
class Lazarus:
    def __del__(self):
        global count
        count += 1
        lazarus.append(self)
o = Lazarus()
o.cycle = o
del o
gc.collect()
print(count, len(lazarus))
lazarus.clear()
gc.collect()
print(count, len(lazarus))
