x = {**f(y, ('s' != c)), 'k': [b for c in c if b], **{}}
x = [*(2.5 + b), (0 < y <= 2.5), *()]
a = {**(lambda q: q + (not x)), 'k': ('s' and b), **{}}
a = [*(b + 2.5), b.m(c, k=(1, 2)), *()]
f(y.m((y in c), k=(y is y)))
b, x = (b < a <= x.m(b, k=x)), [(lambda q: q + 0), a]
