# weakref.WeakMethod: rebuilds the bound method while its object and function live, compares like CPython's
# __eq__, rejects non-methods, calls its callback once when the object dies (by refcount or in a collection).
import gc, sys, weakref
gc.disable()
gc.collect()
class A:
    def __init__(self, n):
        self.n = n
    def m(self):
        return self.n
a = A(1)
wm = weakref.WeakMethod(a.m, lambda w: print("callback", type(w).__name__, w() is None))
print(type(wm).__name__, isinstance(wm, weakref.ref), wm()(), wm() == a.m, sys.getsizeof(wm))
print(weakref.getweakrefcount(a), weakref.getweakrefcount(A.m), sys.getrefcount(a))
wm2 = weakref.WeakMethod(a.m)
print(wm == wm2, wm != wm2, wm == weakref.ref(a), weakref.ref(a) == wm)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del a
print(wm(), wm2(), wm == wm2, wm == wm)
b = A(2)
b.me = b
wb = weakref.WeakMethod(b.m, lambda w: print("b callback"))
del b
print(gc.collect(), wb())
