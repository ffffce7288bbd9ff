b = {c: (c if x.m(y, k=c) else c)}
del a
raise ValueError(((x + c) and True))
pass
c.attr += ((x < x <= x) + b.m(y, k=b))
c[x[(-y)]] -= 1
