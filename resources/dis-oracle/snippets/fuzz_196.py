global y
y = (c or 2.5)
b += f(*y, **a)
def h():
    yield ({a: c} != b)
    y = x = ((y and b) is y.m(x, k=y))
a, x = {y: y for y in 0}, (lambda q: q + (-b))
c += (lambda q: q + b)
