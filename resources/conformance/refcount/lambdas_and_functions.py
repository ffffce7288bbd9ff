# getrefcount of function objects and lambdas stored in names, lists and as default arguments.
import sys
def f():
    pass
print(sys.getrefcount(f))
g = f
fs = [f, f]
print(sys.getrefcount(f))
lam = lambda: None
print(sys.getrefcount(lam))
def h(cb=lam):
    return sys.getrefcount(cb)
print(h())
