a = (c < 0 <= (lambda q: q + (x is not c)))
a = a
