# A set holding an instance that holds the set: collect() reclaims both.
import gc
gc.disable()
gc.collect()
class Holder:
    pass
s = set()
h = Holder()
h.s = s
s.add(h)
del s, h
print(gc.collect())
