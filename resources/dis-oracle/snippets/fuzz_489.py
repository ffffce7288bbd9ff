def outer(a, b, c, x, y):
    b = a = [a for y in () if c]
    y.attr += (c < y <= {1: b})
    y[(lambda q: q + {y: c})] -= 1
    return a
