def outer(a, b, c, x, y):
    y, y = [x for a in 10 if f(x, c)], f'{y}-{a!r}'
    f((a < a <= x))
    y.attr += f(x, x)
    y[(b := (not y))] -= 1
    assert (x.m(b, k=()) + (-x)), b[::[a for a in y if a]]
    f((-b[True]))
    return a
