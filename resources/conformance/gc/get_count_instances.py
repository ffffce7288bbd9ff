# Each new instance adds one to count0 on 3.11 (its attribute values are not a separate GC object); deleting them lowers it.
import gc
gc.disable()
gc.collect()
class P:
    def __init__(self, v):
        self.v = v
a = gc.get_count()[0]
ps = [P(i) for i in range(30)]
b = gc.get_count()[0]
print(b - a)
del ps
c = gc.get_count()[0]
print(c - b)
