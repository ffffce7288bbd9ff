pass
assert ((b + b) < c <= b), y[y.m(a, k=a)]
del a
del y
