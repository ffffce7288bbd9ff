def f(x):
    if x is None:
        return 0
    if x is not None:
        return 1
    while x is None:
        x = 1
    return x
