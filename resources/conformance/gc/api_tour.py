# The gc module's API in one run: weakref callbacks in a collection, get_stats, tuple untracking, DEBUG_SAVEALL, get_objects per generation, freeze/unfreeze, resurrection and is_finalized, get_referents order.
import gc, weakref
gc.disable()
gc.collect()
class A:
    pass
a = A(); b = A(); a.b = b; b.a = a
cb_log = []
w = weakref.ref(a, lambda r: cb_log.append('a'))
w2 = weakref.ref(b)
del a, b
print(gc.collect(), cb_log, w(), w2())
print(gc.get_stats()[2]['collections'] >= 1, gc.get_stats()[0])
t = (1, 2)
print(gc.is_tracked(t))
gc.collect(0)
print(gc.is_tracked(t))
l = []
t2 = (l,)
gc.collect()
print(gc.is_tracked(t2))
gc.set_debug(gc.DEBUG_SAVEALL)
x = []; x.append(x)
del x
print(gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
print(len(gc.get_objects(0)), len(gc.get_objects(1)))
gc.freeze()
print(gc.get_count(), gc.get_freeze_count() > 0, len(gc.get_objects()))
gc.unfreeze()
print(gc.get_freeze_count(), len(gc.get_objects(2)) > 0)
class D:
    def __del__(self):
        global saved
        saved = self
d = D(); d.me = d
del d
print(gc.collect(), gc.is_finalized(saved))
del saved
print(gc.collect())
print(gc.get_referents([1, 'a', None]) == [None, 'a', 1])
try:
    gc.collect(3)
except ValueError as e:
    print(e)
def f():
    pass
print(len(gc.get_referrers(f)))
print(gc.get_debug(), gc.isenabled())
