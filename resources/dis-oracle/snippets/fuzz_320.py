x = {*x.m((b + 2), k=y), (lambda q: q + {b: c})}
x = ((-y), *(y and x))
x, *c = (x if y[x] else c)
b, a = [y, (a or ())], (-a)
f((10 + a))
