# The list free list: a list display reuses the list object freed last (LIFO); calling list() allocates through tp_alloc instead.
a = [1, 2]
b = [3]
ia, ib = id(a), id(b)
del b
del a
c = []
d = []
print(id(c) == ia, id(d) == ib)
del c
e = list()
print(id(e) == ia)
