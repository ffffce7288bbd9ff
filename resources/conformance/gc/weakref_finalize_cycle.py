# weakref.finalize on a cycle member runs when the collector reclaims it, and then reports alive == False.
import gc, weakref
gc.disable()
gc.collect()
class Res:
    pass
r = Res()
r.me = r
fin = weakref.finalize(r, print, 'finalizer ran', 42)
print(fin.alive)
del r
print('collecting')
gc.collect()
print(fin.alive, fin())
