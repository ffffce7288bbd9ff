# Cycles of instances (with their dicts materialised or not) under gc.DEBUG_STATS.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Box:
    pass


gc.set_debug(gc.DEBUG_STATS)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
s = Box()
t = Box()
s.items = [t]
t.items = [s]
gc.collect(0)
del a, b
gc.collect(1)
del s, t
gc.collect(2)
d = Node('d')
d.__dict__
d.other = d
del d
gc.collect()
gc.set_debug(0)
