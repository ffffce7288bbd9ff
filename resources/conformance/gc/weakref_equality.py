# Weak references compare equal when their referents do (weakref_richcompare), by identity once a referent died;
# ordering comparisons are not supported.
import weakref
class A:
    def m(self): pass
a=A()
b=A()
cb=lambda w: None
print(weakref.ref(a) == weakref.ref(a, cb), weakref.ref(a) != weakref.ref(a, cb), weakref.ref(a) == weakref.ref(b), weakref.ref(a) == 1)
r1 = weakref.ref(b); r2 = weakref.ref(b, cb)
del b
print(r1 == r2, r1 == r1, r1 != r2)
try:
    weakref.ref(a) < weakref.ref(a)
except TypeError as e:
    print(e)
