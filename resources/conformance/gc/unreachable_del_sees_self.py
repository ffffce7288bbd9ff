# Inside __del__ during a collection the object's own attributes are still intact (finalizers run before tp_clear).
import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, 'partner', self.partner.name, 'items', self.items)
a, b = Node('a'), Node('b')
a.partner, b.partner = b, a
a.items, b.items = [1, 2], [3]
del a, b
print(gc.collect())
