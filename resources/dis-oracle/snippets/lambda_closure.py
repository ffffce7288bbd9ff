def f(x):
    return lambda: x
