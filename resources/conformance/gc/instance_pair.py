# Two instances referring to each other: collect() returns 2 on 3.11 (no materialised __dict__).
import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self):
        self.other = None
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
