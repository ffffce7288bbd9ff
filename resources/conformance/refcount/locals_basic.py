# getrefcount of function locals: a local list, aliases, and a list passed on to a nested call.
import sys
def f():
    x = []
    print(sys.getrefcount(x))
    y = x
    print(sys.getrefcount(x))
    del y
    print(sys.getrefcount(x))
    g(x)
    print(sys.getrefcount(x))
def g(a):
    print(sys.getrefcount(a))
    b = a
    print(sys.getrefcount(a))
f()
