def f(x, y):
    while x is not None:
        x = y
    if x is None or y is None:
        return 1
    if not (x is None):
        return 2
    return x is None
