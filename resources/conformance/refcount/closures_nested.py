# Cells shared between closures, nonlocal rebinding, closures made in a loop, and what each holds.
import sys

def make_counter():
    count = 0
    data = []
    def inc():
        nonlocal count
        count += 1
        data.append(count)
        return count
    def get():
        return count, len(data)
    return inc, get

inc, get = make_counter()
print(inc(), inc(), get())
print(sys.getrefcount(inc), sys.getrefcount(get), len(inc.__closure__), len(get.__closure__))
print(inc.__closure__[0] is get.__closure__[0], sys.getrefcount(inc.__closure__[0]))
cell = inc.__closure__[1]
print(sys.getrefcount(cell), sys.getrefcount(cell.cell_contents))
del inc
print(sys.getrefcount(cell))
del get
print(sys.getrefcount(cell), cell.cell_contents)

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i * 10)
print([f() for f in funcs], sys.getrefcount(funcs[0]))

def outer():
    shared = object()
    def a():
        return shared
    def b():
        def c():
            return shared
        return c
    print(sys.getrefcount(shared))
    return a, b()
fa, fc = outer()
print(fa() is fc(), sys.getrefcount(fa()), fa.__code__.co_freevars, fc.__code__.co_freevars)
