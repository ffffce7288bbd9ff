def f(x):
    if x:
        raise TypeError()
    for i in x:
        raise StopIteration
    return x
