y, *b = {(not y): b[b]}
c = [b for y in a if (y[b] + a)]
raise ValueError(((lambda q: q + c) < (lambda q: q + b) <= (1, 2)))
with ((x or ()) in y[b]) as b:
    del b
    x.attr += x[2:10]
    x[{True: x}] -= 1
