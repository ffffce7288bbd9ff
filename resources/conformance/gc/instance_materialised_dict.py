# Reading obj.__dict__ materialises a real dict on 3.11, so a 2-instance cycle then counts 4 objects.
import gc
gc.disable()
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
print(len(a.__dict__), len(b.__dict__))
del a, b
print(gc.collect())
