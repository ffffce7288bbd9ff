# getrefcount of an argument passed down through three nested calls and returned back up.
import sys
def a(x):
    print('a', sys.getrefcount(x))
    return b(x)
def b(x):
    print('b', sys.getrefcount(x))
    return c(x)
def c(x):
    print('c', sys.getrefcount(x))
    return x
obj = []
r = a(obj)
print(sys.getrefcount(obj))
print(r is obj)
