a = 1
b = 0
c = a and b
d = a or b
e = a and b or c
f = a or b and c
g = (a and b) and (c or d)
