x = 1
a = x in [1, 2, 3]
b = x in {1, 2}
c = x not in [1, x]
for y in [1, 2]:
    pass
for y in {1, 2}:
    pass
