# sys.getsizeof of exception instances: the exceptions whose C struct has fields of its own (SystemExit, StopIteration, NameError, AttributeError, ImportError, OSError) are larger, their subclasses too, and a subclass adds its weakref slot.
import sys
class A(AttributeError):
    pass
class O(OSError):
    pass
class S(StopIteration):
    __slots__ = ()
for e in (BaseException(), SystemExit(), StopIteration(), NameError(), UnboundLocalError(), AttributeError(),
          ImportError(), ModuleNotFoundError(), OSError(), KeyError(), ZeroDivisionError(), A(), O(), S()):
    print(type(e).__name__, sys.getsizeof(e))
