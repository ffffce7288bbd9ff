def f(xs):
    a = [y for x in xs for y in [x * 2]]
    b = [y for x in xs for y in (x,)]
    c = [y for x in xs for y in [*x]]
    d = [x for x in [xs]]
    return a, b, c, d
