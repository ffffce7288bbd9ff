# getrefcount of objects captured in closure cells, and of the cell's contents after the outer function returns.
import sys
def outer():
    data = []
    def inner():
        return data
    print(sys.getrefcount(data))
    return inner
f = outer()
print(sys.getrefcount(f()))
g = outer()
print(sys.getrefcount(f.__closure__[0]))
print(sys.getrefcount(f.__closure__[0].cell_contents))
del g
print(sys.getrefcount(f()))
