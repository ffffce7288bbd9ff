# A new list is in generation 0, moves to generation 1 after collect(0) and to generation 2 after collect(1) (test_gc.test_get_objects_generations).
import gc
gc.disable()
gc.collect()
def where(obj):
    return [any(o is obj for o in gc.get_objects(g)) for g in range(3)]
x = []
print(where(x))
gc.collect(0)
print(where(x))
gc.collect(1)
print(where(x))
gc.collect(2)
print(where(x))
