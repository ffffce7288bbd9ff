def outer(a, b, c, x, y):
    if (y := (-c)):
        a, x = [10, c], (-c)
        x += ((b is not 1) < a <= a)
    pass
    a, y = (not ('s' + a)), (x[a] is f'{c}-{c!r}')
    return a
