# With DEBUG_SAVEALL, the collector puts unreachable objects into gc.garbage instead of freeing them (test_gc.test_saveall).
import gc
gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class Node:
    pass
a, b = Node(), Node()
a.o, b.o = b, a
del a, b
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
l = []
l.append(l)
id_l = id(l)
del l
print(gc.collect(), len(gc.garbage), any(id(o) == id_l for o in gc.garbage))
gc.set_debug(0)
print(gc.get_debug())
gc.garbage.clear()
print(gc.collect())
