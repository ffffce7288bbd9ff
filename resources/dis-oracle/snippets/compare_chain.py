a = 1
b = a < 2
c = 0 < a < 2
d = 0 < a <= 2 < 3
e = a == 1 != 2
f = a is None
g = a is not None
h = a in [1, 2]
i = a not in (3, 4)
j = a in {1, 2}
