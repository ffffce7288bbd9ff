# Keyword arguments reaching __init__, __new__ and __call__ through a dict: the argument tuple, the keyword dict and _PyStack_UnpackDict's array.
import sys
x = object()
y = object()
class K:
    def __init__(self, a, **kw):
        print('init', sys.getrefcount(a), sys.getrefcount(self), sys.getrefcount(kw['k']))
    def __call__(self, a, k=None):
        print('call', sys.getrefcount(a), sys.getrefcount(k))
    def m(self, a, k=None):
        print('m', sys.getrefcount(a), sys.getrefcount(k), sys.getrefcount(self))
k = K(x, k=y)
K(*(x,), **{'k': y})
k(x, k=y)
k(*[x], **{'k': y})
k.m(x, k=y)
k.m(*[x], **{'k': y})
def f(a, k=None):
    print('f', sys.getrefcount(a), sys.getrefcount(k))
f(x, k=y)
f(*[x], **{'k': y})
print(sorted([3, 1, 2], key=lambda v: -v, reverse=True))
class N:
    def __new__(cls, a, k=None):
        print('new', sys.getrefcount(a), sys.getrefcount(k))
        return super().__new__(cls)
    def __init__(self, a, k=None):
        print('init', sys.getrefcount(a), sys.getrefcount(k))
N(x, k=y)
N(*(x,), **{'k': y})
print(sys.getrefcount(x), sys.getrefcount(y))
