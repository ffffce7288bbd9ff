y, *a = ('s' if y else y.m(b, k=x))
a = (c == 2.5)
raise ValueError((b if [c for c in b if x] else [a for c in x if None]))
c = c[((2.5 and 2) < c[a] <= (y + None))]
