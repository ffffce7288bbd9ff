y = (c and c)
a = [b for c in () if a]
