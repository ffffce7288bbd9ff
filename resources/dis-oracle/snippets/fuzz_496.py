try:
    c, *b = [y for a in True if a]
    pass
finally:
    b = (lambda q: q + [x, (x and c)])
    pass
x += f([a, 2], (c if b else a))
