# getrefcount of objects returned from functions, stored, and discarded.
import sys
def make():
    return []
def ident(o):
    return o
x = make()
print(sys.getrefcount(x))
print(sys.getrefcount(make()))
y = ident(x)
print(sys.getrefcount(x))
print(sys.getrefcount(ident(x)))
ident(x)
print(sys.getrefcount(x))
