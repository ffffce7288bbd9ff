def f(x):
    return x
    print('dead')
def g(x):
    if x:
        raise ValueError
        x = 1
    else:
        return 2
    return 3
def h():
    while True:
        return 1
    return 2
