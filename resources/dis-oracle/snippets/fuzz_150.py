def k(a):
    if (y := f(1, -1)):
        x = [(-None), (lambda q: q + (lambda q: q + ()))]
        f([0, -1])
y, *y = c[(lambda q: q + x)]
