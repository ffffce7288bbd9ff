def h():
    nonlocal_target = a[(-x)]
    def h(a):
        del b
        b = {*(a < y <= (-1 and a)), [c, a]}
        b = ((not y), *(0 and c))
        del x
c = {*a.m(x, k=a), [b, 1]}
c = (f((lambda q: q + a), c), *[(x or x), b])
pass
b = c = (None + y)
