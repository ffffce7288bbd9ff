g = 1
def f():
    global g
    del g
