a = 1
b = [1]
del a, b[0]
def f():
    x = 1
    del x
