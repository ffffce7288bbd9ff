a.attr += (not [a, b])
a[{'s': 10}] -= 1
c, b = c[()], ([x, y] < (not a) <= (b + c))
assert [[a for b in 10 if a], (y if a else c)], y[b.m(x, k=x)]
y = (b < x <= b)
