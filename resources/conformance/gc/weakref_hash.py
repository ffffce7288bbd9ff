# Weak references hash like their referent (weakref_hash, cached), so equal refs with different callbacks are one
# dict key; a ref whose referent died before it was ever hashed raises TypeError.
import weakref
class A:
    pass
class H:
    def __hash__(self):
        return 42
a = A()
h = H()
r = weakref.ref(a)
print(hash(r) == hash(a), hash(weakref.ref(h, lambda w: None)), hash(weakref.ref(h)))
d = {weakref.ref(h): "h"}
print(d[weakref.ref(h, lambda w: None)])
b = A()
rb = weakref.ref(b)
hb = hash(rb)
c = A()
rc = weakref.ref(c)
del b, c
print(hash(rb) == hb)
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
s = {weakref.ref(a), weakref.ref(a, lambda w: None)}
print(len(s))
