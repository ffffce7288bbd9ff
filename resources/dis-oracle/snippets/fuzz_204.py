y = [x for x in [c, [x for y in a if 10]] if [(lambda q: q + 2.5), None]]
b, x = (f(None, ()) if () else x), (b < x <= (lambda q: q + b))
b += (10 or x)
