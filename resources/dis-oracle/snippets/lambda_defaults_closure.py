def f(a):
    b = 2
    return lambda x=a, *, y=b: x + y + a + b
g = lambda: (yield)
