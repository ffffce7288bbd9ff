# With threshold 1, a __del__ that allocates triggers collections from inside deallocation without breaking anything (test_gc.test_del).
import gc
gc.collect()
class A:
    def __del__(self):
        dir(self)
        print('del', len([[] for _ in range(3)]))
thresholds = gc.get_threshold()
gc.enable()
gc.set_threshold(1)
A()
gc.collect()
gc.set_threshold(*thresholds)
print('survived')
