# getrefcount of default argument values: held by the function's __defaults__ tuple.
import sys
d = []
def f(a=d):
    return sys.getrefcount(a)
print(sys.getrefcount(d))
print(f())
print(f([]))
def g(a=d, b=d):
    return sys.getrefcount(d)
print(g())
print(sys.getrefcount(d))
del f
print(sys.getrefcount(d))
def k(*, opt=d):
    return sys.getrefcount(opt)
print(k())
