# getrefcount inside list, set, dict comprehensions and generator expressions.
import sys
x = []
print([sys.getrefcount(x) for _ in range(2)])
print([sys.getrefcount(e) for e in [x]])
print({k: sys.getrefcount(v) for k, v in [('a', x)]})
print(list(sys.getrefcount(e) for e in (x,)))
ys = [x for _ in range(4)]
print(sys.getrefcount(x))
del ys
print(sys.getrefcount(x))
