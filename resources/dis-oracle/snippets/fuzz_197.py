def outer(a, b, c, x, y):
    def k(*args, c):
        x, *a = ((x < b <= a) < x <= f(x, y))
        pass
    del b
    y.attr += (('s' if c else y) + (lambda q: q + None))
    y[(c < y <= y)] -= 1
    return a
