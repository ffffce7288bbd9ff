def d1(f): return f
def d2(a):
    return lambda f: f
@d1
@d2(3)
def f():
    pass
