# gc.get_referrers and gc.get_referents around a two-object cycle held by a list (test_gc.test_get_referents).
import gc
gc.disable()
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.peer = b
b.peer = a
holder = [a]
refs = gc.get_referrers(a)
print(sum(1 for r in refs if r is holder), sum(1 for r in refs if r is b), len(refs))
print([type(x).__name__ for x in gc.get_referents(a)])
print(gc.get_referents(holder)[0] is a, gc.get_referents(1, 'x', None))
del a, b, holder, refs
print(gc.collect())
