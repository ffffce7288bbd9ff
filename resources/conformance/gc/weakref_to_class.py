# weakref.ref(cls) shares the basic ref that the base class's subclass registry already holds; a callback ref to
# a class runs when the collector frees the class.
import gc, sys, weakref
gc.disable()
gc.collect()
class C:
    pass
r = weakref.ref(C)
print(r() is C, weakref.getweakrefcount(C), sys.getrefcount(r))
r2 = weakref.ref(C, lambda w: print("class gone"))
print(weakref.getweakrefcount(C), weakref.getweakrefs(C)[0] is r, weakref.getweakrefs(C)[1] is r2)
print(repr(r).split(";")[1].split(" at ")[0])
del C
print(gc.collect())
print(r(), r2())
print(weakref.ref(int)() is int)
