# A suspended generator's frame holds its arguments and locals; finishing or closing it releases them.
import sys
data = []
def gen(x):
    y = x
    yield 1
    yield 2
print(sys.getrefcount(data))
g = gen(data)
print(sys.getrefcount(data))
next(g)
print(sys.getrefcount(data))
list(g)
print(sys.getrefcount(data))
h = gen(data)
next(h)
h.close()
print(sys.getrefcount(data))
