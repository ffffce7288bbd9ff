import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        print('del', self.name)
def make_cycle():
    a = Node('a')
    b = Node('b')
    a.next = b
    b.next = a
make_cycle()
print(gc.collect())
gc.enable()
