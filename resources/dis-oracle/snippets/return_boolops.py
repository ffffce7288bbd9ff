def f(a, b, c):
    return a and b or c
def g(a, b):
    if a and not b or a:
        return 1
    return 1 < a
