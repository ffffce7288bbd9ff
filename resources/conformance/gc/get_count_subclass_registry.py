# A base's first subclass makes the base's tp_subclasses dict (add_subclass): one more GC object for the first subclass of a class of the program or of a builtin class that had none yet; a class with two bases shares one weakref between both dicts.
import gc
gc.disable()
gc.collect()
class Z:
    pass
r = [0] * 10
r[0] = gc.get_count()[0]
class A:
    pass
r[1] = gc.get_count()[0]
class B(A):
    pass
r[2] = gc.get_count()[0]
class C(A):
    pass
r[3] = gc.get_count()[0]
class D(B, C):
    pass
r[4] = gc.get_count()[0]
class E(Exception):
    pass
r[5] = gc.get_count()[0]
class E2(E):
    pass
r[6] = gc.get_count()[0]
class K(KeyError):
    pass
r[7] = gc.get_count()[0]
class K2(KeyError):
    pass
r[8] = gc.get_count()[0]
class L(list):
    pass
r[9] = gc.get_count()[0]
print([r[i + 1] - r[i] for i in range(9)])
gc.collect()
print(gc.get_count())
