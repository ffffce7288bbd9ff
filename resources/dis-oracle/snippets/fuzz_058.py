c, y = (lambda q: q + (not c)), [x for y in c.m(b, k=(1, 2)) if -1]
def k():
    with ({x: x} != b) as b:
        while (x + {a: c}):
            a = ((c if b else c) < () <= (lambda q: q + (1, 2)))
            f(y[0])
        if a[(not c)]:
            f([(1, 2), b])
            a += (y or b)
        else:
            x = ((not ()) != (1, 2))
        f((lambda q: q + c))
c += (y or y)
c, a = (not f(0, b)), b.m('s', k=True)
