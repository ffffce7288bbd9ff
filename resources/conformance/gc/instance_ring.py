# A ring of five instances is one cycle; collect() returns 5, and a second collect() finds nothing.
import gc
gc.disable()
gc.collect()
class Node:
    pass
nodes = [Node() for _ in range(5)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 5]
del n
nodes = None
print(gc.collect(), gc.collect())
