a, b = 1, [1]
if not a in b:
    pass
if not a is None:
    pass
c = not a is not b
d = not (a == b)
e = not not a
f = -(-a)
g = ~~a
