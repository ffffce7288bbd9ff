def outer(a, b, c, x, y):
    raise ValueError([a for y in True if ['s', c]])
    raise ValueError(x[-1])
    return a
