def f(n):
    return [i * n for i in range(n)]
def g(n):
    return [[i + j for j in range(n)] for i in range(n)]
