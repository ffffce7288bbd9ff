# One resurrecting object does not keep the rest of the garbage alive (3.9+): collect() still counts the others (test_gc.test_resurrection_does_not_block_cleanup_of_other_objects).
import gc
gc.disable()
gc.collect()
zs = []
class Z:
    def __del__(self):
        zs.append(self)
class A:
    pass
z = Z()
z.me = z
z = None
for i in range(10):
    a = A()
    a.me = a
    a = None
print(gc.collect(), len(zs))
zs.clear()
print(gc.collect())
