# The lecture's example: getrefcount of a global list, inside a function taking it as an argument, and again after the call.
import sys
foo = []
print(sys.getrefcount(foo))
def bar(a):
    print(sys.getrefcount(a))
bar(foo)
print(sys.getrefcount(foo))
