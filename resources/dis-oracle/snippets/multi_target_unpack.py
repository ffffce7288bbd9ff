a, b = c, d = 1, 2
x = y = z = print()
[p, q], r = (1, 2), 3
