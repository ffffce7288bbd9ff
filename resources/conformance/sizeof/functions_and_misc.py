# getsizeof of functions, closures, cells, bound methods, ranges, slices and iterators.
import sys
def f():
    pass
def outer():
    x = 1
    def inner():
        return x
    return inner
class C:
    def m(self):
        pass
cl = outer()
print(sys.getsizeof(f), sys.getsizeof(cl), sys.getsizeof(cl.__closure__[0]))
print(sys.getsizeof(C().m))
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1, 2)))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter({})))
