# getrefcount of values held in __slots__, returned by properties and cached on instances.
import sys
class P:
    __slots__ = ('a', 'b')
class Q:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
val = object()
p = P()
p.a = val
p.b = val
print(sys.getrefcount(val))
q = Q(val)
print(sys.getrefcount(val))
print(sys.getrefcount(q.v))
w = q.v
print(sys.getrefcount(val))
del p.a
print(sys.getrefcount(val))
del p, q, w
print(sys.getrefcount(val))
