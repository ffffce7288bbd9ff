b += (lambda q: q + y)
raise ValueError({y for y in 2 if y})
pass
b, b = {(-y): (b < y <= b)}, [y, 's']
