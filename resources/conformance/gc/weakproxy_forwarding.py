# weakref.proxy forwards attribute access, calls, operators, len/iter/contains/subscripts, str and bool to its
# referent; it is unhashable, only a callable referent gives a CallableProxyType, and isinstance sees through it.
import sys, weakref
class V:
    def __init__(self):
        self.items = [1, 2, 3]
    def m(self, k):
        return ("m", k)
    def __len__(self):
        return len(self.items)
    def __add__(self, o):
        return ("add", o)
    def __radd__(self, o):
        return ("radd", o)
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, x):
        self.items[i] = x
    def __eq__(self, o):
        return isinstance(o, V)
    def __str__(self):
        return "V!"
    __hash__ = object.__hash__
def double(x):
    return x * 2
v = V()
p = weakref.proxy(v)
print(type(p).__name__, p.__class__.__name__, isinstance(p, V), callable(p))
print(p.m(1), p.items, len(p), list(p), p[1], 2 in p, 7 in p)
p[0] = 10
p.extra = "x"
print(v.items, v.extra, p.extra)
del p.extra
print(hasattr(v, "extra"))
print(p + 1, 1 + p, p == v, v == p, p != v, bool(p), str(p))
print(sys.getrefcount(v), sys.getrefcount(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p(1)
except TypeError as e:
    print("TypeError:", e)
fp = weakref.proxy(double)
print(type(fp).__name__, callable(fp), fp(21), fp.__name__)
n = weakref.proxy(v)
print(n is p, weakref.getweakrefcount(v))
print(type(p) is weakref.ProxyType, type(fp) is weakref.CallableProxyType, weakref.ProxyTypes)
try:
    weakref.proxy(3)
except TypeError as e:
    print("TypeError:", e)
