# Two self-cycles where only one holds a weakref (with callback) to the other: the callback never runs (test_weakref.test_callback_reachable_one_way).
import gc, weakref
gc.disable()
gc.collect()
alist = []
class C:
    pass
def callback(ignore):
    alist.append('callback')
c1, c2 = C(), C()
c1.me = c1
c2.me = c2
c1.c = c2
c2.wr = weakref.ref(c1, callback)
del c1, c2
print(gc.collect())
print(alist)
