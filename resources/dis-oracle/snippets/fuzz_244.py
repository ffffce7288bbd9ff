import os.path as x
a = y.m(True, k=(0 or [a, True]))
del b
y, a = (a if True else y), (2 < 's' <= 10)
