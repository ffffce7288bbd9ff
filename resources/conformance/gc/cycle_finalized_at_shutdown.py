# A cycle with a finalizer that is still garbage at exit is finalized during interpreter shutdown (test_gc.test_gc_main_module_at_shutdown).
import gc
gc.disable()
class C:
    def __del__(self):
        print('__del__ called')
l = [C()]
l.append(l)
del l
print('end of program')
