# All weakrefs to garbage are cleared before any finalizer runs: inside __del__ a weakref to the partner already returns None.
import gc, weakref
gc.disable()
gc.collect()
class N:
    def __del__(self):
        print('del', self.name, 'partner weakref alive:', self.partner_ref() is not None)
a, b = N(), N()
a.name, b.name = 'a', 'b'
a.partner_ref = weakref.ref(b)
b.partner_ref = weakref.ref(a)
a.o, b.o = b, a
keep_a = weakref.ref(a)
del a, b
print(gc.collect(), keep_a())
