# getrefcount of an object passed several times to one call, as keyword and as *args.
import sys
foo = []
def two(a, b):
    print(sys.getrefcount(a))
def kw(a=None, b=None):
    print(sys.getrefcount(b))
def star(*args):
    print(sys.getrefcount(args[0]), len(args))
def starkw(**kwargs):
    print(sys.getrefcount(kwargs['k']))
two(foo, foo)
kw(b=foo)
star(foo, foo, foo)
starkw(k=foo)
print(sys.getrefcount(foo))
