# Defining functions, lambdas and closures creates GC objects (functions, cells, closure tuples) counted in count0.
import gc
gc.disable()
gc.collect()
a = gc.get_count()[0]
def f():
    pass
b = gc.get_count()[0]
fs = [lambda: 1 for _ in range(10)]
c = gc.get_count()[0]
def outer(x):
    def inner():
        return x
    return inner
cl = outer(1)
d = gc.get_count()[0]
print(b - a, c - b, d - c)
