def f():
    while True:
        pass
    else:
        return 1
def g(x):
    while 1:
        if x:
            break
    else:
        x = 2
    return x
