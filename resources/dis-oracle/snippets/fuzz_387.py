def outer(a, b, c, x, y):
    y = {*(not (-a)), (-a)}
    y = ({f(b, y): c}, *x.m(a, k=[y for a in x if c]))
    assert (-1 if f(2, a) else ()), (True < (-a) <= True)
    return a
