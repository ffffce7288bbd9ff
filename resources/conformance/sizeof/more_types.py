# getsizeof of generators, exceptions, classes, modules' functions, properties, staticmethods and weakrefs.
import sys, weakref
def gen():
    yield 1
class K:
    pass
class E(Exception):
    pass
k = K()
print(sys.getsizeof(gen()), sys.getsizeof((x for x in [])))
print(sys.getsizeof(ValueError()), sys.getsizeof(E('x')))
print(sys.getsizeof(property()), sys.getsizeof(staticmethod(len)), sys.getsizeof(classmethod(len)))
print(sys.getsizeof(weakref.ref(k)), sys.getsizeof(len), sys.getsizeof(K.__dict__))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(len, [])), sys.getsizeof(reversed([])))
