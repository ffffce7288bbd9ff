# gc.get_referents of lists, tuples, dicts, atoms and several arguments at once (test_gc.test_get_referents).
import gc
alist = [1, 3, 5]
print(sorted(gc.get_referents(alist)))
atuple = tuple(alist)
print(sorted(gc.get_referents(atuple)))
adict = {1: 3, 5: 7}
print(sorted(gc.get_referents(adict)))
print(sorted(gc.get_referents([1, 2], {3: 4}, (0, 0, 0))))
print(gc.get_referents(1, 'a', 4j))
print(gc.get_referents())
