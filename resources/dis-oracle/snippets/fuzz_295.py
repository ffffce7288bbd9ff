def outer(a, b, c, x, y):
    y.attr += (x < 10 <= a)
    y[(a + None)] -= 1
    del x
    return a
