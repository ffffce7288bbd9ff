# Classes with __slots__ (each keeps a sorted tuple of its slot names, ht_slots) and cycles of their instances under gc.DEBUG_STATS.
import gc


class Node:
    __slots__ = ('next', 'name')

    def __init__(self, name):
        self.name = name
        self.next = None


class Leaf(Node):
    __slots__ = 'weight'


class Open(Node):
    pass


class Listed:
    __slots__ = ['b', 'a']


gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
a = Node('a')
b = Leaf('b')
a.next = b
b.next = a
del a, b
gc.collect(1)
o = Open('o')
o.next = o
o.extra = [o]
del o
gc.collect()
x = Listed()
x.a = x
del x
gc.collect(0)
gc.set_debug(0)
print(Leaf.__slots__, Listed.__slots__)
