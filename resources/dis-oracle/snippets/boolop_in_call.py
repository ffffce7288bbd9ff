def f(a, b):
    print(a and b)
    return a or b
