# getrefcount of exception instances and of objects referenced from them, inside and after except blocks.
import sys
payload = []
try:
    raise ValueError(payload)
except ValueError as e:
    print(sys.getrefcount(payload))
    print(sys.getrefcount(e))
    keep = e
print(sys.getrefcount(payload))
print(sys.getrefcount(keep))
del keep
print(sys.getrefcount(payload))
def f():
    try:
        raise KeyError(payload)
    except KeyError:
        print(sys.getrefcount(payload))
f()
print(sys.getrefcount(payload))
