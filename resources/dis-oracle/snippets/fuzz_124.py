while (a and b):
    c = (-0)
    def g(x, /, y=2, **kw):
        f(a[[x for c in a if y]])
def h(a):
    nonlocal_target = (2.5 is ())
    pass
    del c
pass
