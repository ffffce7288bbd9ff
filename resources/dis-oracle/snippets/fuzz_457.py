def outer(a, b, c, x, y):
    c, c = (y + 0), (('s' and 's') < ((1, 2) < c <= (1, 2)) <= (x in -1))
    pass
    f((2.5 in b[y]))
    b = {**(c == a), 'k': a[(True or c)], **{}}
    b = [*(((1, 2) if b else a) < [x, None] <= 's'), (a < True <= 0), *()]
    y.attr += (1 + (-b))
    y[([a for b in y if 10] is not x)] -= 1
    return a
