# The order in which __del__ runs for the members of a 3-instance ring during one collection.
import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a, b, c = Node('a'), Node('b'), Node('c')
a.next, b.next, c.next = b, c, a
del a, b, c
print(gc.collect())
