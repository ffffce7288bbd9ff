def f(a, b, c):
    while a < b and (b < c or c is None) and not a:
        a += 1
    return a
