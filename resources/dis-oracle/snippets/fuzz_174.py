a = f('s', b)
del y
