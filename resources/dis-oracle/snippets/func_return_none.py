def f():
    pass
def g():
    return
def h(x):
    if x:
        return 1
def k(x):
    if x:
        return 1
    else:
        return 2
