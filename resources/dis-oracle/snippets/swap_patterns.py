a, b, c = 1, 2, 3
a, b, c = c, b, a
a, b = b, a
x = [1, 2]
x[0], x[1] = x[1], x[0]
