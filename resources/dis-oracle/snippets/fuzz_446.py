c = [((-(1, 2)) or (x < a <= a)), c]
b = {**(not (0 + b)), 'k': ((y or 2) or b), **{}}
b = [*f((x if b else c), y), (c == x), *()]
b += (-c)
f([b, (10 < x <= a)])
del x
