def a():
    return 1, 2
def b():
    return [1]
def c(x):
    return not x
def d():
    return None
