global b
b = (b or (2.5 + x))
a, *b = ((lambda q: q + y) if y else c)
pass
x, x = sum(a for a in c), a[c]
