# Two separate cycles with finalizers collected together: the order of all __del__ calls.
import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def pair(x, y):
    a, b = Node(x), Node(y)
    a.o, b.o = b, a
pair('a1', 'a2')
pair('b1', 'b2')
print(gc.collect())
