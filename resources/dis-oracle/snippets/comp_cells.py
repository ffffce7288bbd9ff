def f(n):
    fs = [lambda: i for i in range(n)]
    gs = [[lambda: (i, j) for j in range(2)] for i in range(n)]
    return fs, gs
class C:
    a = 1
    b = [a for _ in range(3)]
    g = (x for x in [a])
