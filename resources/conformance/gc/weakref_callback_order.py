# Weakref callbacks for objects freed by refcounting run newest weakref first; a weakref without callback is shared by ref(obj).
import weakref
class T:
    pass
t = T()
r0 = weakref.ref(t)
print(weakref.ref(t) is r0, weakref.getweakrefcount(t))
r1 = weakref.ref(t, lambda r: print('callback 1'))
r2 = weakref.ref(t, lambda r: print('callback 2'))
print(weakref.getweakrefcount(t))
del t
print(r0(), r1(), r2())
