# Weak reference attributes and types: __callback__ (None once cleared), the shared basic ref and proxy,
# ReferenceType is weakref.ref, KeyedRef subclasses it; functions and sets are weakly referenceable.
import weakref, gc
class A: pass
a = A()
cb = lambda w: None
r = weakref.ref(a, cb)
print(r.__callback__ is cb, weakref.ref(a).__callback__)
p = weakref.proxy(a)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(type(r).__name__, weakref.ReferenceType is weakref.ref, weakref.KeyedRef.__mro__[1] is weakref.ref)
del a
print(r.__callback__)
def f(): pass
print(repr(weakref.ref(f)).split(";")[1].split(" at ")[0], weakref.ref(f)().__name__)
s = {1, 2}
ws = weakref.ref(s)
print(ws() is s)
