# getrefcount of objects while a for loop iterates over a list holding them, and of the iterated list.
import sys
items = [[] for _ in range(3)]
print(sys.getrefcount(items))
for it in items:
    print(sys.getrefcount(it), sys.getrefcount(items))
print(sys.getrefcount(it))
i = 0
while i < 2:
    x = items[i]
    print(sys.getrefcount(x))
    i += 1
for it in iter(items):
    pass
print(sys.getrefcount(items))
def inner():
    for e in items:
        print(sys.getrefcount(e))
inner()
