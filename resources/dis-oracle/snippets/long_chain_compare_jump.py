def f(a, b, c, d):
    if a < b <= c < d:
        return 1
    if not (a == b == c):
        return 2
    return a < b < c
