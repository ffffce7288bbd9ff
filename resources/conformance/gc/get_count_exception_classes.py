# A class deriving from a builtin exception gets a __weakref__ descriptor (BaseException has a dict but no weakref list), which makes its class dict tracked; gc.get_count() deltas of class statements.
import gc
import sys
gc.disable()
gc.collect()
r = [0, 0, 0, 0, 0, 0, 0, 0]
r[0] = gc.get_count()[0]
class P:
    pass
r[1] = gc.get_count()[0]
class E(Exception):
    pass
r[2] = gc.get_count()[0]
class V(ValueError):
    pass
r[3] = gc.get_count()[0]
class M(Exception):
    def __init__(self, x):
        self.x = x
    def f(self):
        return 1
r[4] = gc.get_count()[0]
class W(Warning):
    pass
r[5] = gc.get_count()[0]
print([r[i + 1] - r[i] for i in range(5)])
print(list(E.__dict__.keys()))
print(list(M.__dict__.keys()))
print(E.__weakref__, V.__weakref__)
print(gc.is_tracked(E.__dict__), gc.is_tracked(M.__dict__), gc.is_tracked(W.__dict__))
print(sys.getsizeof(E()), sys.getsizeof(M(1)), sys.getsizeof(W()), sys.getsizeof(Exception()))
e = E('x')
print(e.__weakref__)
print(sys.getrefcount(E), sys.getrefcount(M), sys.getrefcount(W))
a = gc.get_count()[0]
del e
b = gc.get_count()[0]
print(b - a)
