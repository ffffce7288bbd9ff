# Without cycles, a weakref callback runs the moment the referent's refcount drops to zero, after its __del__.
import weakref
class T:
    def __del__(self):
        print('__del__')
t = T()
r = weakref.ref(t, lambda ref: print('callback, dead:', ref() is None))
print('alive:', r() is t)
del t
print('after del, r() is None:', r() is None)
