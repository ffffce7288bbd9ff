def f(a, b):
    return *a, b
def g(a):
    return [*a, *a]
