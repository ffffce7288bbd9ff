assert x[a], (not None)
del a
global b
b = (lambda q: q + a)
import os.path as x
