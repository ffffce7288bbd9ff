a = -1
b = -(1 + 2)
c = not True
d = ~0
e = +3
f = -'a' if False else 1
