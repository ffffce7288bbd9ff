y = (-c)
b = x = (not x)
