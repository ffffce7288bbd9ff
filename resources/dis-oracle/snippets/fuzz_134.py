del c
try:
    x, y = [a for c in y if 2], (not c)
except:
    b += [x for y in a if 1]
