# A weakref from outside the garbage to a cycle member: its callback runs during the collection and sees the referent gone.
import gc, weakref
gc.disable()
gc.collect()
class T:
    pass
t = T()
t.self = t
wr = weakref.ref(t, lambda r: print('callback, referent now', r()))
del t
print('collecting')
print(gc.collect())
print(wr())
