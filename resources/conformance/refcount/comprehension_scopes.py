# Comprehensions run in their own function frame (3.11): the iterable, the loop variable and the result.
import sys
x = object()
items = [x, x, x]
print(sys.getrefcount(x))
print([sys.getrefcount(v) for v in items])
print({0: sys.getrefcount(v) for v in items[:1]})
print({sys.getrefcount(v) for v in (x,)})
g = (sys.getrefcount(v) for v in items)
print(next(g), sys.getrefcount(items))
del g
print(sys.getrefcount(items))
nested = [[sys.getrefcount(x) for _ in range(2)] for _ in range(2)]
print(nested)
pairs = [(a, b) for a in items[:2] for b in (x,)]
print(len(pairs), sys.getrefcount(x))
del pairs
print(sys.getrefcount(x))
def f():
    local = object()
    return [sys.getrefcount(local) for _ in range(1)], sys.getrefcount(local)
print(f())
print([v for v in range(3) if v], sys.getrefcount(x))
