g = 1
def f():
    global g
    g = 2
    return g
def h():
    return len(g)
