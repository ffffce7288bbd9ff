# An exception subclass with __slots__ keeps its members in the instance (empty until stored); a subclass of it adds __weakref__ and uses BaseException's own dict; slot values are released with the exception.
import gc
import sys
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class ES(KeyError):
    __slots__ = ('code', 'extra')
class X(ES):
    pass
e = ES('k')
try:
    e.code
except AttributeError as err:
    print('AttributeError', err)
e.code = Tag('code')
e.extra = [1]
print(e.extra, sys.getsizeof(e), gc.is_tracked(e), sorted(ES.__dict__), sorted(X.__dict__))
x = X()
x.code = Tag('x.code')
x.note = 'n'
print(x.note, sys.getsizeof(x), x.__weakref__)
try:
    raise x
except ES as caught:
    print('caught', type(caught).__name__, caught.code.name)
print('handled')
print(sys.getrefcount(e.code))
del e
print('after e')
del x
print('end')
