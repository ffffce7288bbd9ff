import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


a = Node("a")
b = Node("b")
a.next = b
b.next = a                  # a -> b -> a: a reference cycle
print(sys.getrefcount(a))   # the name a, b.next, and getrefcount's argument
del a, b                    # refcounts stay above zero: nothing is freed
print(gc.collect())         # the cyclic GC finds the two nodes unreachable
