# Weak references to instances of an exception subclass (type_new gives the class a __weakref__ slot, as
# BaseException has none): cleared, with the callback run, when the exception is freed by reference counting
# (also with its traceback and frame) or by the collector (an exception in a cycle through its own __dict__);
# a plain ValueError refuses them.
import gc
import sys
import weakref


class E(Exception):
    pass


def report(r):
    print("callback, referent gone:", r() is None)


e = E("x")
r = weakref.ref(e, report)
print(r() is e, weakref.getweakrefcount(e), sys.getrefcount(e))
del e
print(r())


def fail():
    try:
        raise E("in a cycle")
    except E as exc:
        return exc  # its __traceback__ holds this frame, whose locals hold exc


gc.collect()
x = fail()
r2 = weakref.ref(x, report)
print(type(x.__traceback__).__name__, r2() is x)
del x
print("after del:", r2())
y = E("cycle")
y.me = y
r3 = weakref.ref(y, report)
del y
print("before collect:", r3() is not None)
print(gc.collect())
print("after collect:", r3())
try:
    weakref.ref(ValueError())
except TypeError as ex:
    print(ex)
