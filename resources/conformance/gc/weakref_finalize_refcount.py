# weakref.finalize runs at once when the object's refcount hits zero, returns its result when called early, and only once.
import weakref
class Res:
    pass
a = Res()
fa = weakref.finalize(a, lambda: print('finalize a') or 'A')
b = Res()
fb = weakref.finalize(b, lambda: print('finalize b') or 'B')
print(fb(), fb.alive, fb())
del b
print('deleting a')
del a
print(fa.alive)
