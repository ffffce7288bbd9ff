# A weakref that is itself part of the garbage does not get its callback called (test_weakref.test_callback_in_cycle).
import gc, weakref
gc.disable()
gc.collect()
class A:
    pass
a = A()
a.wr = weakref.ref(a, lambda r: print('never printed'))
a.me = a
del a
print(gc.collect())
print('done')
