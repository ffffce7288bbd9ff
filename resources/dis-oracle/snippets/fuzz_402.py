x, c = ((c if b else x) if (-1 and a) else 1), [b for x in b if 1]
f((lambda q: q + (c < y)))
b += x.m(x, k=b)
