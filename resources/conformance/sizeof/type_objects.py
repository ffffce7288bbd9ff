# getsizeof of classes: a PyHeapTypeObject plus the shared-keys table of a class whose instances have a __dict__.
import sys
class A: pass
class B: __slots__=()
class D:
    def __init__(self): self.x=1; self.y=2
D()
class E(Exception): pass
class F(A): pass
class G(B): pass
print(sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(D), sys.getsizeof(E), sys.getsizeof(F), sys.getsizeof(G), sys.getsizeof(type), sys.getsizeof(int), sys.getsizeof(object))
