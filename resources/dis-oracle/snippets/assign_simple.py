x = 1
y = x
del y
