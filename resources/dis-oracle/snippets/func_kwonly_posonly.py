def f(a, /, b, *, c):
    return (a, b, c)
def g(a, b=2, /, c=3):
    return c
