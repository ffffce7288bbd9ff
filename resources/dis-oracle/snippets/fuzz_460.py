a = x = f(y, b)
c = x[y]
c = {*b[[a, 1]], a.m((-x), k=2)}
c = ((1 and y), *(lambda q: q + y))
