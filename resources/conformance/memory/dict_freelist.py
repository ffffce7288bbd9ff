# The dict free list: a dict display reuses the dict object freed last; dict() allocates through tp_alloc and does not.
d1 = {'a': 1}
d2 = {'b': 2}
i1, i2 = id(d1), id(d2)
del d2
n1 = {}
print(id(n1) == i2)
del d1
n2 = dict(x=1)
print(id(n2) == i1)
n3 = {'c': 3}
print(id(n3) == i1)
